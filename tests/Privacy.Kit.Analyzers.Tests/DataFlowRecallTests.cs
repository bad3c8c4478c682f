using Exceptions = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInExceptionMessageAnalyzer>;
using Log = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;
using Whole = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>The leaks the flow missed on public code and on peers' test cases, each next to its clean twin.</summary>
public sealed class DataFlowRecallTests
{
    private const string Contact = """
        public class Contact
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
            [PhoneNumber] public string Phone { get; set; } = "";
            public string Status { get; set; } = "";
        }
        """;

    [Fact]
    public Task Every_personal_value_in_one_message_is_reported_with_its_own_source() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation($"Contact {{|#0:c.Email|}} at {{|#1:c.Phone|}}");
        }
        """,
        expected:
        [
            Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Email", "EmailAddress", "LogInformation"),
            Log.Diagnostic("PK1001").WithLocation(1).WithArguments("c.Phone", "PhoneNumber", "LogInformation"),
        ]);

    [Fact]
    public Task Every_source_of_a_variable_is_named() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                var link = "mailto:" + c.Email + "?tel=" + c.Phone;
                logger.LogInformation("{Link}", {|#0:link|});
            }
        }
        """,
        expected:
        [
            Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Email", "EmailAddress", "LogInformation"),
            Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Phone", "PhoneNumber", "LogInformation"),
        ]);

    [Fact]
    public Task A_fluent_StringBuilder_chain_carries_what_it_appends() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                var sb = new StringBuilder();
                sb.Append("Phone: ").Append(c.Phone);
                logger.LogInformation("{Text}", {|#0:sb.ToString()|});
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Phone", "PhoneNumber", "LogInformation"));

    [Fact]
    public Task A_fluent_StringBuilder_chain_of_clean_values_is_clean() => Log.VerifyCleanAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                var sb = new StringBuilder();
                sb.Append("Status: ").Append(c.Status).Append(c.Id);
                logger.LogInformation("{Text}", sb.ToString());
            }
        }
        """);

    [Fact]
    public Task String_Join_over_a_params_list_carries_its_elements() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("{Text}", string.Join(", ", [|c.Email|], [|c.Phone|]));
        }
        """);

    [Fact]
    public Task String_Join_over_clean_values_is_clean() => Log.VerifyCleanAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("{Text}", string.Join(", ", c.Status, c.Id.ToString()));
        }
        """);

    [Fact]
    public Task An_array_element_write_is_carried_by_the_array() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                var parts = new string[2];
                parts[0] = c.Status;
                parts[1] = c.Phone;
                logger.LogInformation("{Parts}", {|#0:string.Join(",", parts)|});
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Phone", "PhoneNumber", "LogInformation"));

    [Fact]
    public Task A_dictionary_indexer_write_is_carried_by_the_dictionary() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                var values = new Dictionary<string, string>();
                values["email"] = c.Email;
                logger.LogInformation("{Values}", {|#0:values|});
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task A_lambda_returning_personal_data_carries_it_when_invoked() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                Func<string> getter = () => c.Phone;
                logger.LogInformation("{Phone}", {|#0:getter()|});
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Phone", "PhoneNumber", "LogInformation"));

    [Fact]
    public Task A_lambda_returning_clean_data_is_clean_when_invoked() => Log.VerifyCleanAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                Func<string> getter = () => c.Status;
                logger.LogInformation("{Status}", getter());
            }
        }
        """);

    [Fact]
    public Task A_value_written_later_in_a_loop_reaches_the_log_on_the_next_pass() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(List<Contact> contacts)
            {
                var previous = "none";
                foreach (var c in contacts)
                {
                    logger.LogInformation("Previous {Value}", {|#0:previous|});
                    previous = c.Email;
                }
            }
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Email", "EmailAddress", "LogInformation"));

    [Fact]
    public Task A_variable_declared_inside_the_loop_starts_fresh_each_pass() => Log.VerifyCleanAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(List<Contact> contacts)
            {
                foreach (var c in contacts)
                {
                    var text = c.Status;
                    logger.LogInformation("{Value}", text);
                    text = c.Email;
                    _ = text;
                }
            }
        }
        """);

    [Fact]
    public Task A_getter_named_like_personal_data_returns_it() => Log.VerifyAsync("""
        public interface IPerson { string GetTelephone(); }

        class Service(ILogger logger)
        {
            void Handle(IPerson p) => logger.LogInformation("{Phone}", [|p.GetTelephone()|]);
        }
        """);

    [Fact]
    public Task A_java_style_getter_named_like_personal_data_returns_it() => Log.VerifyAsync("""
        public class Person { public string getTelephone() => ""; }

        class Service(ILogger logger)
        {
            void Handle(Person p) => logger.LogWarning([|p.getTelephone()|]);
        }
        """);

    [Fact]
    public Task A_lower_case_method_that_only_starts_with_get_is_no_getter() => Log.VerifyCleanAsync("""
        public class Mail { public string getaway() => ""; }

        class Service(ILogger logger)
        {
            void Handle(Mail m) => logger.LogWarning(m.getaway());
        }
        """);

    [Fact]
    public Task A_record_passed_as_the_value_of_ArgumentOutOfRangeException_is_in_its_message() => Exceptions.VerifyAsync("""
        public record Caller([property: PhoneNumber] string Number);

        class Dialer
        {
            void Dial(Caller caller) => throw new ArgumentOutOfRangeException(nameof(caller), [|caller|], "Cannot dial");
        }
        """);

    [Fact]
    public Task A_class_without_ToString_passed_as_the_value_of_ArgumentOutOfRangeException_prints_its_type_name() => Exceptions.VerifyCleanAsync("""
        public class Caller { [PhoneNumber] public string Number { get; set; } = ""; }

        class Dialer
        {
            void Dial(Caller caller) => throw new ArgumentOutOfRangeException(nameof(caller), caller, "Cannot dial");
        }
        """);

    [Fact]
    public Task An_event_logged_through_its_abstract_base_prints_the_derived_records_personal_data() => Whole.VerifyAsync("""
        public abstract record IntegrationEvent(Guid Id);
        public record OrderStarted(Guid Id, [property: PersonName] string BuyerName) : IntegrationEvent(Id);
        public record OrderShipped(Guid Id) : IntegrationEvent(Id);

        class Bus(ILogger logger)
        {
            void Publish(IntegrationEvent e) => logger.LogInformation("Publishing {Event}", [|e|]);
        }
        """);

    [Fact]
    public Task An_event_base_whose_derived_records_hold_no_personal_data_is_clean() => Whole.VerifyCleanAsync("""
        public abstract record IntegrationEvent(Guid Id);
        public record OrderShipped(Guid Id, string Carrier) : IntegrationEvent(Id);

        class Bus(ILogger logger)
        {
            void Publish(IntegrationEvent e) => logger.LogInformation("Publishing {Event}", e);
        }
        """);
}
