using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class PersonalDataInLogTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
            [PersonName] public string Name { get; set; } = "";
            [DateOfBirth] public DateTime BirthDay { get; set; }
            public string Status { get; set; } = "";
        }
        """;

    [Fact]
    public Task Message_names_the_member_its_kind_and_the_logging_method() => Verify.VerifyAsync(
        Customer + """
        class Service(ILogger<Service> logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Customer {Email}", {|#0:customer.Email|});
        }
        """,
        expected: Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("customer.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task Classified_property_passed_to_LogInformation_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger<Service> logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Customer {Email}", [|customer.Email|]);
        }
        """);

    [Fact]
    public Task Every_logging_extension_method_is_a_sink() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                logger.LogTrace("{N}", [|c.Name|]);
                logger.LogDebug("{N}", [|c.Name|]);
                logger.LogWarning("{N}", [|c.Name|]);
                logger.LogError("{N}", [|c.Name|]);
                logger.LogCritical("{N}", [|c.Name|]);
                logger.Log(LogLevel.Information, "{N}", [|c.Name|]);
            }
        }
        """);

    [Fact]
    public Task Id_and_unclassified_members_are_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Id} is {Status}", c.Id, c.Status);
        }
        """);

    [Fact]
    public Task Interpolated_message_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation($"Customer {[|c.Email|]} registered");
        }
        """);

    [Fact]
    public Task Concatenated_message_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Customer " + [|c.Name|] + " registered");
        }
        """);

    [Fact]
    public Task Personal_data_written_inside_the_argument_is_reported_where_it_is_written() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", {|#0:c.Email|}.Trim());
        }
        """,
        expected: Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task Personal_data_through_a_local_is_reported_at_the_argument() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var address = c.Email;
                logger.LogInformation("Mail {To}", {|#0:address|});
            }
        }
        """,
        expected: Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task Personal_data_through_several_locals_and_a_message_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var who = c.Name;
                var text = $"Call from {who}";
                var message = text.ToUpperInvariant();
                logger.LogInformation([|message|]);
            }
        }
        """);

    [Fact]
    public Task String_Format_Concat_and_Join_carry_personal_data() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                logger.LogInformation(string.Format("{0}", [|c.Email|]));
                logger.LogInformation(string.Concat("to: ", [|c.Email|]));
                logger.LogInformation(string.Join(", ", [|c.Email|], c.Status));
            }
        }
        """);

    [Fact]
    public Task StringBuilder_that_appended_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var builder = new StringBuilder();
                builder.Append("Customer ").Append(c.Id);
                builder.Append(c.Email);
                logger.LogInformation([|builder.ToString()|]);
            }
        }
        """);

    [Fact]
    public Task StringBuilder_with_only_clean_data_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var builder = new StringBuilder();
                builder.Append("Customer ").Append(c.Id).Append(c.Status);
                logger.LogInformation(builder.ToString());
            }
        }
        """);

    [Fact]
    public Task Conditional_and_coalesce_expressions_carry_personal_data() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c, bool verbose, string? fallback)
            {
                logger.LogInformation("{Who}", verbose ? [|c.Name|] : "someone");
                logger.LogInformation("{Who}", fallback ?? [|c.Name|]);
            }
        }
        """);

    [Fact]
    public Task Tuple_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var pair = (c.Id, c.Email);
                logger.LogInformation("{Pair}", [|pair|]);
            }
        }
        """);

    [Fact]
    public Task Deconstructed_tuple_keeps_the_clean_element_clean() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var (id, email) = (c.Id, c.Email);
                logger.LogInformation("{Id}", id);
                logger.LogInformation("{Email}", [|email|]);
            }
        }
        """);

    [Fact]
    public Task Anonymous_object_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("{@Who}", new { c.Id, [|c.Email|] });
        }
        """);

    [Fact]
    public Task Collection_initialiser_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var recipients = new List<string> { c.Email };
                logger.LogInformation("{To}", [|recipients|]);
            }
        }
        """);

    [Fact]
    public Task Collection_that_received_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var recipients = new List<string>();
                recipients.Add(c.Email);
                logger.LogInformation("{To}", [|recipients|]);
            }
        }
        """);

    [Fact]
    public Task Length_of_personal_data_is_a_clean_fact() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Name has {Length} characters", c.Name.Length);
        }
        """);

    [Fact]
    public Task Null_check_count_and_hash_code_are_clean_facts() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c, List<string> emails)
            {
                var hasEmail = c.Email != null;
                logger.LogInformation("{Has} {Empty} {Count} {Hash} {Any}",
                    hasEmail, string.IsNullOrEmpty(c.Email), emails.Count, c.Email.GetHashCode(), emails.Any());
            }
        }
        """);

    [Fact]
    public Task Member_of_personal_data_stays_personal_data() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Born {Year}", [|c.BirthDay|].Year);
        }
        """);

    [Fact]
    public Task Value_redacted_by_a_Microsoft_redactor_is_clean() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", redactor.Redact(c.Email));
        }
        """);

    [Fact]
    public Task Value_redacted_by_a_redactor_from_the_provider_is_clean() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger, IRedactorProvider redactors)
        {
            void Handle(Customer c)
            {
                var redacted = redactors.GetRedactor(PrivacyTaxonomy.EmailAddress).Redact(c.Email);
                logger.LogInformation("Customer {Email}", redacted);
            }
        }
        """);

    [Fact]
    public Task Value_passed_through_the_NullRedactor_is_still_personal_data() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", NullRedactor.Instance.Redact([|c.Email|]));
        }
        """);

    [Fact]
    public Task Local_reassigned_with_a_redacted_value_is_clean() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(Customer c)
            {
                var text = $"Customer {c.Email}";
                text = redactor.Redact(text);
                logger.LogInformation(text);
            }
        }
        """);

    [Fact]
    public Task Local_redacted_only_in_one_branch_is_still_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger, Redactor redactor, bool strict)
        {
            void Handle(Customer c)
            {
                var text = $"Customer {c.Email}";
                if (strict)
                {
                    text = redactor.Redact(text);
                }

                logger.LogInformation([|text|]);
            }
        }
        """);

    [Fact]
    public Task Local_assigned_personal_data_only_after_logging_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var text = "starting";
                logger.LogInformation(text);
                text = c.Email;
                _ = text;
            }
        }
        """);

    [Fact]
    public Task Configured_sanitizer_makes_the_value_clean() => Verify.VerifyCleanAsync(Customer + """
        namespace Acme { public static class Masking { public static string Mask(string value) => "***"; } }
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", Acme.Masking.Mask(c.Email));
        }
        """,
        editorConfig: "privacy_kit.sanitizers = Acme.Masking.Mask");

    [Fact]
    public Task Unconfigured_helper_whose_body_is_unknown_carries_its_argument() => Verify.VerifyAsync(Customer + """
        namespace Acme { public interface IMasking { string Mask(string value); } }
        class Service(ILogger logger, Acme.IMasking masking)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masking.Mask([|c.Email|]));
        }
        """);

    [Fact]
    public Task Helper_whose_body_drops_its_argument_returns_clean_text() => Verify.VerifyCleanAsync(Customer + """
        namespace Acme { public static class Masking { public static string Mask(string value) => "***"; } }
        class Service(ILogger logger)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", Acme.Masking.Mask(c.Email));
        }
        """);

    [Fact]
    public Task Helper_returning_a_number_does_not_carry_its_argument() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            static int Score(string email) => email.Length;
            void Handle(Customer c) => logger.LogInformation("Score {Score}", Score(c.Email));
        }
        """);

    [Fact]
    public Task BeginScope_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                using var scope = logger.BeginScope("Customer {Email}", [|c.Email|]);
            }
        }
        """);

    [Fact]
    public Task BeginScope_with_a_dictionary_of_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                using var scope = logger.BeginScope(new Dictionary<string, object> { ["Email"] = [|c.Email|] });
            }
        }
        """);

    [Fact]
    public Task LoggerMessage_Define_delegate_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            private static readonly Action<ILogger, string, Exception?> Registered =
                LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Registered {Email}");

            void Handle(Customer c) => Registered(logger, [|c.Email|], null);
        }
        """);

    [Fact]
    public Task LoggerMessage_Define_delegate_with_clean_data_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            private static readonly Action<ILogger, int, Exception?> Registered =
                LoggerMessage.Define<int>(LogLevel.Information, new EventId(1), "Registered {Id}");

            void Handle(Customer c) => Registered(logger, c.Id, null);
        }
        """);

    [Fact]
    public Task Console_Debug_and_Trace_are_log_sinks() => Verify.VerifyAsync(Customer + """
        class Service
        {
            void Handle(Customer c)
            {
                Console.WriteLine([|c.Email|]);
                Console.Out.WriteLine("{0}", [|c.Email|]);
                Console.Error.Write([|c.Name|]);
                System.Diagnostics.Debug.WriteLine([|c.Email|]);
                System.Diagnostics.Trace.TraceInformation("{0}", [|c.Email|]);
            }
        }
        """);

    [Fact]
    public Task Console_with_clean_data_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        class Service
        {
            void Handle(Customer c)
            {
                Console.WriteLine($"Customer {c.Id}: {c.Status}");
                System.Diagnostics.Debug.Assert(c.Email.Length > 0, "email required");
            }
        }
        """);

    [Fact]
    public Task Configured_log_sink_is_checked() => Verify.VerifyAsync(Customer + """
        namespace Acme { public class Audit { public void Write(string line) { } } }
        class Service(Acme.Audit audit)
        {
            void Handle(Customer c) => audit.Write([|c.Email|]);
        }
        """,
        editorConfig: "privacy_kit.log_sinks = Acme.Audit.Write");

    [Fact]
    public Task Configured_log_sink_type_wildcard_covers_every_method() => Verify.VerifyAsync(Customer + """
        namespace Acme { public static class Audit { public static void Note(string line) { } } }
        class Service
        {
            void Handle(Customer c) => Acme.Audit.Note([|c.Name|]);
        }
        """,
        editorConfig: "privacy_kit.log_sinks = Other.Thing.Do, Acme.Audit.*");

    [Fact]
    public Task Unconfigured_method_is_not_a_sink() => Verify.VerifyCleanAsync(Customer + """
        namespace Acme { public class Audit { public void Write(string line) { } } }
        class Service(Acme.Audit audit)
        {
            void Handle(Customer c) => audit.Write(c.Email);
        }
        """);

    [Fact]
    public Task Classified_parameter_is_personal_data() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            void Handle([PhoneNumber] string caller) => logger.LogInformation("Call from {Caller}", [|caller|]);
        }
        """);

    [Fact]
    public Task Classified_field_is_personal_data() => Verify.VerifyAsync("""
        class Call(ILogger logger)
        {
            [PhoneNumber] private readonly string _caller = "";
            void Log() => logger.LogInformation("Call from {Caller}", [|_caller|]);
        }
        """);

    [Fact]
    public Task Classified_return_value_is_personal_data() => Verify.VerifyAsync("""
        class Directory(ILogger logger)
        {
            [return: Email] string Lookup(int id) => "";
            void Log(int id) => logger.LogInformation("Found {Address}", [|Lookup(id)|]);
        }
        """);

    [Fact]
    public Task Microsoft_and_own_taxonomy_attributes_are_recognised() => Verify.VerifyAsync("""
        sealed class Confidential : DataClassificationAttribute
        {
            public Confidential() : base(new DataClassification("Acme", "Confidential")) { }
        }

        class Account
        {
            [Confidential] public string Secret { get; set; } = "";
            [UnknownDataClassification] public string Legacy { get; set; } = "";
        }

        class Service(ILogger logger)
        {
            void Handle(Account a)
            {
                logger.LogInformation("{S}", {|#0:a.Secret|});
                logger.LogInformation("{L}", {|#1:a.Legacy|});
            }
        }
        """,
        expected:
        [
            Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("a.Secret", "Confidential", "LogInformation"),
            Verify.Diagnostic("PK1001").WithLocation(1).WithArguments("a.Legacy", "PersonalData", "LogInformation"),
        ]);

    [Fact]
    public Task NoDataClassification_marks_a_member_clean() => Verify.VerifyCleanAsync("""
        class Account { [NoDataClassification] public string Email { get; set; } = ""; }
        class Service(ILogger logger)
        {
            void Handle(Account a) => logger.LogInformation("{E}", a.Email);
        }
        """);

    [Fact]
    public Task AspNetCore_Identity_personal_data_attributes_are_recognised() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }

        class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string? Nickname { get; set; }
            [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Token { get; set; }
        }

        class Service(ILogger logger)
        {
            void Handle(User u) => logger.LogInformation("{N} {T}", [|u.Nickname|], [|u.Token|]);
        }
        """);

    [Fact]
    public Task Record_positional_parameter_classification_applies_to_the_property() => Verify.VerifyAsync("""
        record Caller(int Id, [PhoneNumber] string Number);
        class Service(ILogger logger)
        {
            void Handle(Caller c) => logger.LogInformation("{Id} {Number}", c.Id, [|c.Number|]);
        }
        """);

    [Fact]
    public Task Null_conditional_access_is_named_as_written() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer? c) => logger.LogInformation("{E}", {|#0:c?.Email|});
        }
        """,
        expected: Verify.Diagnostic("PK1001").WithLocation(0).WithArguments("c?.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task Foreach_variable_over_personal_data_is_personal_data() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            void Handle([Email] List<string> recipients)
            {
                foreach (var to in recipients)
                {
                    logger.LogInformation("Sending to {To}", [|to|]);
                }
            }
        }
        """);

    [Fact]
    public Task Linq_over_personal_data_is_personal_data() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            void Handle([Email] List<string> recipients) =>
                logger.LogInformation("First {To}", [|recipients|].First());
        }
        """);

    [Fact]
    public Task Lambda_capturing_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                var address = c.Email;
                Action log = () => logger.LogInformation("{To}", [|address|]);
                log();
            }
        }
        """);

    [Fact]
    public Task Async_method_awaiting_personal_data_is_reported() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            [return: Email] Task<string> LookupAsync() => Task.FromResult("");

            async Task HandleAsync()
            {
                var address = await LookupAsync();
                logger.LogInformation("{To}", [|address|]);
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_are_analysed() => Verify.VerifyAsync("""
        ILogger logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var person = new Person();
        logger.LogInformation("Hello {Name}", [|person.Name|]);

        class Person { [PersonName] public string Name { get; set; } = ""; }
        """,
        topLevelStatements: true);

    [Fact]
    public Task Partial_type_members_classified_in_another_part_are_recognised() => Verify.VerifyAsync("""
        partial class Customer { [Email] public string Email { get; set; } = ""; }
        partial class Customer
        {
            public void Log(ILogger logger) => logger.LogInformation("{E}", [|Email|]);
        }
        """);

    [Fact]
    public Task Switch_expression_arm_with_personal_data_is_reported() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c, int format) =>
                logger.LogInformation("{Who}", format switch { 1 => [|c.Name|], _ => "anonymous" });
        }
        """);

    [Fact]
    public Task Generated_code_is_analysed_and_reported() => Verify.VerifyAsync(
        Customer,
        generatedSource: """
        static class GeneratedAudit
        {
            public static void Write(Customer c) => Console.WriteLine([|c.Email|]);
        }
        """);

    [Fact]
    public Task Generated_LoggerMessage_body_is_not_reported_but_the_call_site_is() => Verify.VerifyAsync(
        Customer + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Registered {Email}")]
            public static partial void Registered(ILogger logger, string email);
        }

        class Service(ILogger logger)
        {
            void Handle(Customer c) => Log.Registered(logger, [|c.Email|]);
        }
        """,
        generatedSource: """
        static partial class Log
        {
            public static partial void Registered(ILogger logger, string email) =>
                logger.Log(LogLevel.Information, new EventId(1), email, null, (s, _) => s);
        }
        """);

    [Fact]
    public Task LoggerMessage_parameter_with_a_classification_is_redacted_so_clean() => Verify.VerifyCleanAsync(Customer + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Registered {Email}")]
            public static partial void Registered(ILogger logger, [Email] string email);

            public static partial void Registered(ILogger logger, string email) { }
        }

        class Service(ILogger logger)
        {
            void Handle(Customer c) => Log.Registered(logger, c.Email);
        }
        """);

    [Fact]
    public Task Privacy_Kit_free_text_redactor_makes_notes_clean() => Verify.VerifyCleanAsync("""
        class Notes(ILogger logger, IRedactorProvider redactors)
        {
            void Handle([FreeText] string callNotes)
            {
                var redactor = new Privacy.Kit.Redaction.FreeTextRedactor(redactors);
                logger.LogInformation("Notes: {Notes}", redactor.Redact(callNotes));
            }
        }
        """);

    [Fact]
    public Task Scanner_matches_hold_positions_and_kinds_not_text_so_are_clean() => Verify.VerifyCleanAsync("""
        class Notes(ILogger logger)
        {
            void Handle([FreeText] string callNotes) =>
                logger.LogInformation("Found {Matches}", Privacy.Kit.Text.PersonalDataScanner.FindAll(callNotes));
        }
        """);

    [Fact]
    public Task Text_cut_out_at_a_scanner_match_is_personal_data() => Verify.VerifyAsync("""
        class Notes(ILogger logger)
        {
            void Handle([FreeText] string callNotes)
            {
                foreach (var match in Privacy.Kit.Text.PersonalDataScanner.FindAll(callNotes))
                {
                    logger.LogInformation("Found {Value}", [|callNotes|].Substring(match.Start, match.Length));
                }
            }
        }
        """);

    [Fact]
    public Task Scanner_yes_or_no_answer_is_a_clean_fact() => Verify.VerifyCleanAsync("""
        class Notes(ILogger logger)
        {
            void Handle([FreeText] string callNotes) =>
                logger.LogInformation("Has personal data: {Has}", Privacy.Kit.Text.PersonalDataScanner.ContainsPersonalData(callNotes));
        }
        """);

    [Fact]
    public async Task Long_chains_of_appends_are_traced_in_polynomial_time()
    {
        // Each append reads every earlier one: without memoisation the search is exponential and never ends.
        var appends = string.Concat(Enumerable.Repeat("        text += text;\n", 200));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Verify.VerifyCleanAsync($$"""
            class Service(ILogger logger)
            {
                void Handle()
                {
                    var text = "start";
            {{appends}}
                    logger.LogInformation(text);
                }
            }
            """);

        Assert.True(started.Elapsed < TimeSpan.FromMinutes(2), $"Tracing took {started.Elapsed}");
    }

    [Fact]
    public Task ToString_of_a_record_holding_personal_data_is_reported() => Verify.VerifyAsync("""
        record Caller(int Id, [PhoneNumber] string Number);
        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation([|caller|].ToString());
        }
        """);

    [Fact]
    public Task ToString_and_interpolation_of_a_plain_class_print_only_its_type_name() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer)
            {
                logger.LogInformation(customer.ToString());
                logger.LogInformation($"Processing {customer}");
            }
        }
        """);

    [Fact]
    public Task Interpolated_record_holding_personal_data_is_reported() => Verify.VerifyAsync("""
        record Caller(int Id, [PhoneNumber] string Number);
        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation($"Processing {[|caller|]}");
        }
        """);

    [Fact]
    public Task Null_conditional_length_and_nameof_are_clean() => Verify.VerifyCleanAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer? c) => logger.LogInformation("{Field} has {Length} chars", nameof(c.Email), c?.Email?.Length);
        }
        """);

    [Fact]
    public Task Constant_with_a_personal_data_name_is_clean() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger)
        {
            private const string SupportEmail = "help@example.com";
            void Handle() => logger.LogInformation("Write to {Address}", SupportEmail);
        }
        """);

    [Fact]
    public Task Exception_object_and_its_message_are_not_personal_data() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger)
        {
            void Handle(string email, Exception error) => logger.LogError(error, "Sending failed: {Reason}", error.Message);
        }
        """);

    [Fact]
    public Task IsEnabled_check_is_not_a_sink() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger)
        {
            bool Handle(string email) => logger.IsEnabled(email.Length > 0 ? LogLevel.Debug : LogLevel.Trace);
        }
        """);

    [Fact]
    public Task Debug_Assert_message_with_personal_data_is_reported() => Verify.VerifyAsync("""
        class Service
        {
            void Handle(string email) => System.Diagnostics.Debug.Assert(email.Contains('@'), [|email|]);
        }
        """);

    [Fact]
    public Task Local_function_logging_a_parameter_is_reported() => Verify.VerifyAsync("""
        class Service(ILogger logger)
        {
            void Handle(IEnumerable<string> batch)
            {
                foreach (var item in batch)
                {
                    Log(item);
                }

                void Log(string mobiel) => logger.LogInformation("{M}", [|mobiel|]);
            }
        }
        """);

    [Fact]
    public Task Pattern_variable_of_personal_data_is_personal_data() => Verify.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer c)
            {
                if (c.Email is { Length: > 3 } value)
                {
                    logger.LogInformation("{V}", [|value|]);
                }
            }
        }
        """);

    [Fact]
    public Task Out_variable_with_a_personal_data_name_is_personal_data() => Verify.VerifyAsync("""
        class Service(ILogger logger, Dictionary<int, string> phones)
        {
            void Handle(int id)
            {
                if (phones.TryGetValue(id, out var phone))
                {
                    logger.LogInformation("{P}", [|phone|]);
                }
            }
        }
        """);

    [Fact]
    public Task Reassigned_parameter_with_a_clean_value_is_clean() => Verify.VerifyCleanAsync("""
        class Service(ILogger logger, Redactor redactor)
        {
            void Handle(string email)
            {
                email = redactor.Redact(email);
                logger.LogInformation("{E}", email);
            }
        }
        """);
}
