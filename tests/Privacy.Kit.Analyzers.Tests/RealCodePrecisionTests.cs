using Log = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;
using Whole = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// The false positives found on public codebases, each next to the leak it must still catch: a pipeline runs these
/// rules as errors, so every one of them is a bug.
/// </summary>
public sealed class RealCodePrecisionTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
            [PersonName] public string Name { get; set; } = "";
        }

        public record CustomerRecord([property: Email] string Email, int Id);
        """;

    [Fact]
    public Task A_class_without_its_own_ToString_logged_whole_prints_its_type_name() => Whole.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Saved {Customer}", customer);
        }
        """);

    [Fact]
    public Task A_record_logged_whole_prints_its_members() => Whole.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(CustomerRecord customer) => logger.LogInformation("Saved {Customer}", [|customer|]);
        }
        """);

    [Fact]
    public Task A_class_whose_own_ToString_prints_personal_data_leaks_it() => Whole.VerifyAsync("""
        public class Caller
        {
            [PhoneNumber] public string Number { get; set; } = "";
            public override string ToString() => "Caller " + Number;
        }

        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Call from {Caller}", [|caller|]);
        }
        """);

    [Fact]
    public Task A_class_whose_own_ToString_prints_only_its_id_is_clean() => Whole.VerifyCleanAsync("""
        public class Caller
        {
            public int Id { get; set; }
            [PhoneNumber] public string Number { get; set; } = "";
            public override string ToString() => "Caller " + Id;
        }

        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Call from {Caller}", caller);
        }
        """);

    [Fact]
    public Task A_record_whose_PrintMembers_leaves_the_personal_data_out_is_clean_once_fixed() => Whole.VerifyCleanAsync("""
        public record Caller([property: PhoneNumber] string Number, int Id)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Id = ").Append(Id);
                return true;
            }
        }

        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Call from {Caller}", caller);
        }
        """);

    [Fact]
    public Task A_helper_that_only_takes_personal_data_as_an_argument_returns_clean_text() => Log.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            static string Translate(string key, Customer customer) => key.ToUpperInvariant();

            static string TempFolder(object context, string email) => System.IO.Path.Combine("/tmp", context.GetHashCode().ToString());

            void Handle(Customer customer)
            {
                logger.LogInformation("{Text}", Translate("greeting", customer));
                logger.LogInformation("{Folder}", TempFolder(this, customer.Email));
            }
        }
        """);

    [Fact]
    public Task A_helper_that_formats_its_argument_returns_personal_data() => Log.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            static string Greeting(string name) => "Dear " + name.Trim();

            void Handle(Customer customer) => logger.LogInformation("{Text}", Greeting({|#0:customer.Name|}));
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("customer.Name", "PersonName", "LogInformation"));

    [Fact]
    public Task A_helper_that_returns_a_member_of_its_object_argument_returns_personal_data() => Log.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            static string ContactOf(Customer customer) => customer.Email;

            void Handle(Customer customer) => logger.LogInformation("{Contact}", {|#0:ContactOf(customer)|});
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("ContactOf(customer)", "EmailAddress", "LogInformation"));

    [Fact]
    public Task A_local_named_fullName_holding_a_file_path_is_clean() => Log.VerifyCleanAsync("""
        class Templates(ILogger logger)
        {
            void Load(System.IO.FileInfo file)
            {
                var fullName = file.FullName;
                logger.LogInformation("Loading template {Path}", fullName);
                logger.LogInformation("Loading template {Path}", file.FullName);
            }
        }
        """);

    [Fact]
    public Task Type_names_and_the_operating_system_description_are_clean() => Log.VerifyCleanAsync("""
        class Startup(ILogger logger)
        {
            void Report(Type handler)
            {
                var fullName = System.Runtime.InteropServices.RuntimeInformation.OSDescription;
                logger.LogInformation("Running on {Os}", fullName);
                logger.LogInformation("Handler {Type}", handler.FullName);
            }
        }
        """);

    [Fact]
    public Task A_parameter_named_fullName_still_counts() => Log.VerifyAsync("""
        class Agents(ILogger logger)
        {
            void Greet(string fullName) => logger.LogInformation("Hello {Name}", [|fullName|]);
        }
        """);

    [Fact]
    public Task Server_listen_and_bind_addresses_are_not_personal() => Log.VerifyCleanAsync("""
        public class ServerOptions
        {
            public string[] ListenAddresses { get; set; } = [];
            public string LocalIpAddress { get; set; } = "";
            public string BindAddress { get; set; } = "";
        }

        class Host(ILogger logger)
        {
            void Start(ServerOptions options)
            {
                logger.LogInformation("Listening on {Addresses}", options.ListenAddresses);
                logger.LogInformation("Local {Address} bound to {Bind}", options.LocalIpAddress, options.BindAddress);
            }
        }
        """);

    [Fact]
    public Task A_client_ip_address_is_still_personal() => Log.VerifyAsync("""
        class Requests(ILogger logger)
        {
            void Handle(string remoteIpAddress) => logger.LogInformation("Request from {Ip}", [|remoteIpAddress|]);
        }
        """);

    [Fact]
    public Task Numeric_and_guid_ids_are_pseudonymous_and_not_reported_by_default() => Log.VerifyCleanAsync("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : Attribute { } }

        public class AppUser
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public Guid Id { get; set; }
            [PersonalData] public int UserId { get; set; }
        }

        class Accounts(ILogger logger)
        {
            void Handle(AppUser user) => logger.LogInformation("User {Id} ({UserId}) signed in", user.Id, user.UserId);
        }
        """);

    [Fact]
    public Task Numeric_ids_are_reported_when_the_editorconfig_asks_for_it() => Log.VerifyAsync("""
        public class AppUser
        {
            [PersonalData] public int UserId { get; set; }
        }

        class Accounts(ILogger logger)
        {
            void Handle(AppUser user) => logger.LogInformation("User {UserId} signed in", [|user.UserId|]);
        }
        """,
        editorConfig: "privacy_kit.report_pseudonymous_ids = true");

    [Fact]
    public Task A_value_classified_as_a_pseudonym_is_not_reported() => Log.VerifyCleanAsync("""
        public sealed class PseudonymousAttribute : DataClassificationAttribute
        {
            public PseudonymousAttribute() : base(new DataClassification("Acme", "Pseudonymous")) { }
        }

        public class Caller { [Pseudonymous] public string CallerKey { get; set; } = ""; }

        class Queue(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Queued {CallerKey}", caller.CallerKey);
        }
        """);

    [Fact]
    public Task A_value_classified_as_pseudonymized_is_not_reported() => Log.VerifyCleanAsync("""
        public sealed class PseudonymizedIdAttribute : DataClassificationAttribute
        {
            public PseudonymizedIdAttribute() : base(new DataClassification("Acme", "PseudonymizedId")) { }
        }

        public class Caller { [PseudonymizedId] public string CallerKey { get; set; } = ""; }

        class Queue(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Queued {CallerKey}", caller.CallerKey);
        }
        """);

    [Fact]
    public Task A_value_classified_as_needing_pseudonymization_is_still_reported() => Log.VerifyAsync("""
        public sealed class PseudonymizeAttribute : DataClassificationAttribute
        {
            public PseudonymizeAttribute() : base(new DataClassification("Acme", "Pseudonymize")) { }
        }

        public sealed class PseudonymizationRequiredAttribute : DataClassificationAttribute
        {
            public PseudonymizationRequiredAttribute() : base(new DataClassification("Acme", "PseudonymizationRequired")) { }
        }

        public class Caller
        {
            [Pseudonymize] public string CallerKey { get; set; } = "";
            [PseudonymizationRequired] public string CallerLine { get; set; } = "";
        }

        class Queue(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Queued {CallerKey} on {CallerLine}", [|caller.CallerKey|], [|caller.CallerLine|]);
        }
        """);

    [Fact]
    public Task A_value_classified_as_a_pseudonym_is_reported_when_the_editorconfig_asks_for_it() => Log.VerifyAsync("""
        public sealed class PseudonymousAttribute : DataClassificationAttribute
        {
            public PseudonymousAttribute() : base(new DataClassification("Acme", "Pseudonymous")) { }
        }

        public class Caller { [Pseudonymous] public string CallerKey { get; set; } = ""; }

        class Queue(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Queued {CallerKey}", [|caller.CallerKey|]);
        }
        """,
        editorConfig: "privacy_kit.report_pseudonymous_ids = true");

    [Fact]
    public Task Values_named_as_already_safe_are_clean() => Log.VerifyCleanAsync("""
        class Mailer(ILogger logger)
        {
            void Sent(string redactedEmail, string maskedPhone, string emailHash, string anonymizedIban, string hashedEmail)
            {
                logger.LogInformation("Sent to {Email} {Phone} {Hash} {Iban} {Hashed}", redactedEmail, maskedPhone, emailHash, anonymizedIban, hashedEmail);
            }
        }
        """);

    [Fact]
    public Task A_write_inside_a_local_function_that_is_never_called_does_not_count() => Log.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer)
            {
                var text = "saved";
                logger.LogInformation("{Text}", text);

                void Unused() => text = customer.Email;
            }
        }
        """);

    [Fact]
    public Task A_write_inside_a_local_function_counts_from_its_call() => Log.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer)
            {
                var text = "saved";
                Fill();
                logger.LogInformation("{Text}", {|#0:text|});

                void Fill() => text = customer.Email;
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("customer.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task A_write_inside_a_local_function_passed_as_a_delegate_counts_from_where_it_is_passed() => Log.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer, Action<Action> run)
            {
                var text = "saved";
                run(Fill);
                logger.LogInformation("{Text}", {|#0:text|});

                void Fill() => text = customer.Email;
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("customer.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task A_method_marked_Redacts_returns_clean_data_an_unmarked_one_does_not() => Log.VerifyAsync("""
        namespace Privacy.Kit { [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)] public sealed class RedactsAttribute : Attribute { } }

        public interface IScrubber
        {
            [Privacy.Kit.Redacts] string Scrub(string value);
            string Echo(string value);
        }

        class Service(ILogger logger, IScrubber scrubber)
        {
            void Handle(string email)
            {
                logger.LogInformation("{Email}", scrubber.Scrub(email));
                logger.LogInformation("{Email}", scrubber.Echo([|email|]));
            }
        }
        """);
}
