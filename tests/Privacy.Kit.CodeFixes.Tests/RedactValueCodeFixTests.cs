using Privacy.Kit.Analyzers.Rules;
using LogFix = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer, Privacy.Kit.CodeFixes.RedactValueCodeFix>;
using VendorFix = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<Privacy.Kit.Analyzers.Rules.PersonalDataToVendorAnalyzer, Privacy.Kit.CodeFixes.RedactValueCodeFix>;

namespace Privacy.Kit.CodeFixes.Tests;

public sealed class RedactValueCodeFixTests
{
    [Fact]
    public Task Logged_value_is_wrapped_with_the_redactor_field() => LogFix.VerifyAsync(
        """
        class Service(ILogger logger)
        {
            private readonly Redactor _redactor = NullRedactor.Instance;
            void Handle([Email] string to) => logger.LogInformation("Mail {To}", [|to|]);
        }
        """,
        """
        class Service(ILogger logger)
        {
            private readonly Redactor _redactor = NullRedactor.Instance;
            void Handle([Email] string to) => logger.LogInformation("Mail {To}", _redactor.Redact(to));
        }
        """);

    [Fact]
    public Task Interpolation_hole_is_wrapped_with_a_primary_constructor_redactor() => LogFix.VerifyAsync(
        """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(string phone) => logger.LogInformation($"Calling {[|phone|]} now");
        }
        """,
        """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(string phone) => logger.LogInformation($"Calling {redactor.Redact(phone)} now");
        }
        """);

    [Fact]
    public Task Fix_all_wraps_every_value_in_the_document() => LogFix.VerifyAsync(
        """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(string email, string iban, DateTime geboortedatum)
            {
                logger.LogInformation("{E}", [|email|]);
                logger.LogWarning("{I} {D}", [|iban|], [|geboortedatum|]);
            }
        }
        """,
        """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(string email, string iban, DateTime geboortedatum)
            {
                logger.LogInformation("{E}", redactor.Redact(email));
                logger.LogWarning("{I} {D}", redactor.Redact(iban), redactor.Redact(geboortedatum));
            }
        }
        """);

    [Fact]
    public Task Redactor_provider_is_used_with_the_classification_of_the_value() => LogFix.VerifyAsync(
        """
        class Customer { [Email] public string Email { get; set; } = ""; }
        class Service(ILogger logger, IRedactorProvider redactors)
        {
            void Handle(Customer c) => logger.LogInformation("{E}", [|c.Email|]);
        }
        """,
        """
        class Customer { [Email] public string Email { get; set; } = ""; }
        class Service(ILogger logger, IRedactorProvider redactors)
        {
            void Handle(Customer c) => logger.LogInformation("{E}", redactors.GetRedactor(PrivacyTaxonomy.EmailAddress).Redact(c.Email));
        }
        """);

    [Fact]
    public Task Value_sent_to_a_vendor_is_wrapped_with_a_local_redactor() => VendorFix.VerifyAsync(
        """
        [VendorBoundary] public interface ICrm { void Track(string user); }
        class Service(ICrm crm, IRedactorProvider provider)
        {
            void Handle(string email)
            {
                var hmac = provider.GetRedactor(PrivacyTaxonomy.EmailAddress);
                crm.Track([|email|]);
            }
        }
        """,
        """
        [VendorBoundary] public interface ICrm { void Track(string user); }
        class Service(ICrm crm, IRedactorProvider provider)
        {
            void Handle(string email)
            {
                var hmac = provider.GetRedactor(PrivacyTaxonomy.EmailAddress);
                crm.Track(hmac.Redact(email));
            }
        }
        """);

    [Fact]
    public Task Without_a_redactor_in_scope_the_log_call_is_converted_instead() => LogFix.VerifyAsync(
        """
        class Service(ILogger logger)
        {
            void Handle(string email) => logger.LogInformation("{E}", [|email|]);
        }
        """,
        """
        partial class Service(ILogger logger)
        {
            void Handle(string email) => LogInformationE(logger, email);

            [LoggerMessage(Level = LogLevel.Information, Message = "{E}")]
            static partial void LogInformationE(ILogger logger, [Email] string e);
        }
        """);

    [Fact]
    public Task An_instance_redactor_is_not_used_from_a_static_method() => LogFix.VerifyAsync(
        """
        class Service
        {
            private readonly Redactor _redactor = NullRedactor.Instance;
            static void Handle(ILogger logger, string email) => logger.LogInformation("{E}", [|email|]);
        }
        """,
        """
        partial class Service
        {
            private readonly Redactor _redactor = NullRedactor.Instance;
            static void Handle(ILogger logger, string email) => LogInformationE(logger, email);

            [LoggerMessage(Level = LogLevel.Information, Message = "{E}")]
            static partial void LogInformationE(ILogger logger, [Email] string e);
        }
        """);

    [Fact]
    public Task The_receiver_of_a_member_access_is_not_wrapped() => LogFix.VerifyAsync(
        """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(DateTime dateOfBirth) => logger.LogInformation("{Y}", [|dateOfBirth|].Year);
        }
        """,
        """
        partial class Service(ILogger logger, Redactor redactor)
        {
            void Handle(DateTime dateOfBirth) => LogInformationY(logger, dateOfBirth.Year);

            [LoggerMessage(Level = LogLevel.Information, Message = "{Y}")]
            static partial void LogInformationY(ILogger logger, [DateOfBirth] int y);
        }
        """);

    [Fact]
    public Task The_NullRedactor_is_not_used_to_wrap() => LogFix.VerifyAsync(
        """
        class Service(ILogger logger, NullRedactor redactor)
        {
            void Handle(string email) => logger.LogInformation("{E}", [|email|]);
        }
        """,
        """
        partial class Service(ILogger logger, NullRedactor redactor)
        {
            void Handle(string email) => LogInformationE(logger, email);

            [LoggerMessage(Level = LogLevel.Information, Message = "{E}")]
            static partial void LogInformationE(ILogger logger, [Email] string e);
        }
        """);

    [Fact]
    public Task No_fix_for_a_vendor_call_without_a_redactor_in_scope() => VendorFix.VerifyNoFixAsync("""
        [VendorBoundary] public interface ICrm { void Track(string value); }
        class Service(ICrm crm)
        {
            void Handle([Email] string email) => crm.Track([|email|]);
        }
        """);
}
