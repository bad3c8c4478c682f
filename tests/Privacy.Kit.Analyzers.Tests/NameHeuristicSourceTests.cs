using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class NameHeuristicSourceTests
{
    [Fact]
    public Task Unannotated_property_named_as_personal_data_is_reported() => Verify.VerifyAsync("""
        class Klant { public string Telefoonnummer { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Klant k) => logger.LogInformation("{T}", {|#0:k.Telefoonnummer|});
        }
        """,
        expected: Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("k.Telefoonnummer", "PhoneNumber", "LogInformation"));

    [Fact]
    public Task Parameter_named_as_personal_data_is_reported() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            void Handle(string iban) => logger.LogWarning("Payment from {Iban} failed", [|iban|]);
        }
        """);

    [Fact]
    public Task Primary_constructor_parameter_named_as_personal_data_is_reported() => Verify.VerifyAsync("""
        class Caller(ILogger logger, string phoneNumber)
        {
            void Log() => logger.LogInformation("Calling {Number}", [|phoneNumber|]);
        }
        """);

    [Fact]
    public Task Local_named_as_personal_data_is_reported() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            string Read() => "";
            void Handle()
            {
                var geboortedatum = Read();
                logger.LogInformation("{D}", [|geboortedatum|]);
            }
        }
        """);

    [Fact]
    public Task Local_named_as_personal_data_holding_a_redacted_value_is_clean() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(string input)
            {
                var email = redactor.Redact(input);
                logger.LogInformation("{E}", email);
            }
        }
        """);

    [Fact]
    public Task Local_named_as_personal_data_holding_a_constant_is_clean() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger)
        {
            void Handle()
            {
                var email = "support@example.com";
                logger.LogInformation("Write to {E}", email);
            }
        }
        """);

    [Fact]
    public Task Getter_method_named_as_personal_data_is_reported() => Verify.VerifyAsync("""
        class Profile { public string GetEmail() => ""; }
        class Service(ILogger logger)
        {
            void Handle(Profile p) => logger.LogInformation("{E}", [|p.GetEmail()|]);
        }
        """);

    [Fact]
    public Task Name_heuristics_ignore_types_that_cannot_carry_an_identifier() => Verify.VerifyCleanAsync("""
        class Settings { public bool Email { get; set; } public Uri? Address { get; set; } public Guid Phone { get; set; } }
        class Service(ILogger logger)
        {
            void Handle(Settings s) => logger.LogInformation("{E} {A} {P}", s.Email, s.Address, s.Phone);
        }
        """);

    [Fact]
    public Task Names_that_only_start_with_a_personal_data_word_are_not_reported() => Verify.VerifyCleanAsync("""
        class Settings { public string EmailTemplate { get; set; } = ""; public string PhoneNumberFormat { get; set; } = ""; public string ServerAddress { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Settings s) => logger.LogInformation("{T} {F} {A}", s.EmailTemplate, s.PhoneNumberFormat, s.ServerAddress);
        }
        """);

    [Fact]
    public Task NotPersonalData_silences_the_name_heuristics() => Verify.VerifyCleanAsync("""
        class Company { [NotPersonalData(Justification = "Our own help desk")] public string SupportEmail { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Company c) => logger.LogInformation("Mail {E}", c.SupportEmail);
        }
        """);

    [Fact]
    public Task NotPersonalData_on_a_parameter_silences_the_name_heuristics() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger)
        {
            void Handle([NotPersonalData] string phone) => logger.LogInformation("Switchboard {P}", phone);
        }
        """);

    [Fact]
    public Task Heuristics_switched_off_leave_only_attributes() => Verify.VerifyAsync("""
        class Klant { public string Email { get; set; } = ""; [PersonName] public string Naam { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Klant k) => logger.LogInformation("{E} {N}", k.Email, [|k.Naam|]);
        }
        """,
        editorConfig: "privacy_kit.heuristics = false");

    [Fact]
    public Task Configured_heuristic_names_are_recognised() => Verify.VerifyAsync("""
        class Member { public string Lidnummer { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Member m) => logger.LogInformation("{L}", {|#0:m.Lidnummer|});
        }
        """,
        editorConfig: "privacy_kit.heuristic_names = lidnummer:NationalId",
        expected: Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("m.Lidnummer", "NationalId", "LogInformation"));
}
