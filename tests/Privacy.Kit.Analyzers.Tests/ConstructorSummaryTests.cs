using Log = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// A value passed to a constructor of the compilation reaches the new object's text only when the constructor stores it
/// where the type's string form (its own ToString or PrintMembers, a record's printing) reads it: a type that stores a
/// parameter and prints it carries it, one that stores it without printing it, or prints only its type name, does not.
/// </summary>
public sealed class ConstructorSummaryTests
{
    private const string Contact = """
        public class Contact
        {
            public int Id { get; set; }
            [PersonName] public string FirstName { get; set; } = "";
            [Email] public string Email { get; set; } = "";
        }

        """;

    [Fact]
    public Task A_type_that_stores_a_parameter_and_prints_it_carries_it_through_ToString() => Log.VerifyAsync(Contact + """
        public sealed class Greeting
        {
            private readonly string _who;
            public Greeting(string who) { _who = who.Trim(); }
            public override string ToString() => "Dear " + _who;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("{G}", new Greeting({|#0:c.FirstName|}).ToString());
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.FirstName", "PersonName", "LogInformation"));

    [Fact]
    public Task A_type_that_stores_a_parameter_but_prints_something_else_does_not_carry_it() => Log.VerifyCleanAsync(Contact + """
        public class Receipt
        {
            private readonly string _to;
            private readonly int _number;
            public Receipt(string to, int number) { _to = to; _number = number; }
            public string To => _to;
            public override string ToString() => "Receipt " + _number;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("{R}", new Receipt(c.Email, c.Id).ToString());
        }
        """);

    [Fact]
    public Task A_record_prints_what_its_positional_parameters_receive() => Log.VerifyAsync(Contact + """
        public sealed record Salutation(string Who, int Times);

        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                logger.LogInformation($"Sent {new Salutation([|c.Email|], 2)}");
                logger.LogInformation("Sent {S}", new Salutation([|c.Email|], 2).ToString());
            }
        }
        """);

    [Fact]
    public Task A_class_without_its_own_ToString_prints_only_its_type_name() => Log.VerifyCleanAsync(Contact + """
        public class Envelope
        {
            public Envelope(string to) { To = to; }
            public string To { get; }
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                logger.LogInformation($"Sent {new Envelope(c.Email)}");
                logger.LogInformation("Sent {E}", new Envelope(c.Email).ToString());
            }
        }
        """);

    [Fact]
    public Task A_primary_constructor_parameter_printed_by_ToString_is_carried() => Log.VerifyAsync(Contact + """
        public sealed class Salute(string who)
        {
            public override string ToString() => $"Hello {who}";
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation($"{new Salute([|c.FirstName|])}");
        }
        """);

    [Fact]
    public Task A_primary_constructor_parameter_used_but_not_printed_is_not_carried() => Log.VerifyCleanAsync(Contact + """
        public class Ticket(string requester)
        {
            public bool IsFor(string other) => other == requester;
            public override string ToString() => "ticket";
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation($"{new Ticket(c.Email)}");
        }
        """);

    [Fact]
    public Task A_parameter_printed_through_a_computed_property_and_a_chained_constructor_is_carried() => Log.VerifyAsync(Contact + """
        public sealed class Badge
        {
            private readonly string _first;
            private readonly string _team;
            public Badge(string first) : this(first, "support") { }
            public Badge(string first, string team) { _first = first; _team = team; }
            private string Label => _first + " (" + _team + ")";
            public override string ToString() => Label;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("{B}", new Badge([|c.FirstName|]).ToString());
        }
        """);

    [Fact]
    public Task An_object_initialiser_member_is_carried_only_when_the_string_form_prints_it() => Log.VerifyAsync(Contact + """
        public class Card
        {
            public string Holder { get; set; } = "";
            public string Reply { get; set; } = "";
            public override string ToString() => "Card for " + Holder;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                logger.LogInformation($"{new Card { Holder = [|c.FirstName|] }}");
                logger.LogInformation($"{new Card { Reply = c.Email }}");
            }
        }
        """);

    [Fact]
    public Task A_helper_returning_a_printed_object_s_text_passes_on_its_argument() => Log.VerifyAsync(Contact + """
        public sealed class Greeting(string who)
        {
            public override string ToString() => "Dear " + who;
        }

        class Service(ILogger logger)
        {
            static string Salute(string name) => new Greeting(name).ToString();

            void Handle(Contact c) => logger.LogInformation("{G}", Salute([|c.FirstName|]));
        }
        """);

    [Fact]
    public Task A_public_member_that_keeps_a_parameter_is_written_by_a_serializer_a_private_one_is_not() => Log.VerifyAsync(Contact + """
        public class Envelope
        {
            public Envelope(string to) { To = to; }
            public string To { get; }
        }

        public class Sealed
        {
            private readonly string _to;
            public Sealed(string to) { _to = to; }
            public int Length => _to.Length;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                logger.LogInformation("{Json}", System.Text.Json.JsonSerializer.Serialize([|new Envelope(c.Email)|]));
                logger.LogInformation("{Json}", System.Text.Json.JsonSerializer.Serialize(new Sealed(c.Email)));
            }
        }
        """);

    [Fact]
    public Task A_constructor_that_hands_its_parameter_to_an_instance_method_is_followed_no_further_and_counts_as_carrying_it() => Log.VerifyAsync(Contact + """
        public class Greeting
        {
            private string _who = "";
            public Greeting(string who) { Remember(who); }
            private void Remember(string who) => _who = who;
            public override string ToString() => "Dear " + _who;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation($"{new Greeting([|c.FirstName|])}");
        }
        """);

    [Fact]
    public Task Personal_data_a_constructor_reads_from_its_argument_s_members_is_carried_where_it_is_printed() => Log.VerifyAsync(Contact + """
        public sealed class ContactLine
        {
            private readonly string _line;
            private readonly string _internal;
            public ContactLine(Contact contact) { _line = contact.Email; _internal = contact.FirstName; }
            public override string ToString() => "Write to " + _line;
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("{Line}", [|new ContactLine(c)|].ToString());
        }
        """);

    [Fact]
    public Task A_log_model_that_serializes_itself_carries_only_what_it_copies() => Log.VerifyAsync(Contact + """
        public static class LogSerializer
        {
            public static string Serialize(object value) => System.Text.Json.JsonSerializer.Serialize(value);
        }

        public sealed class RequestLog
        {
            public RequestLog(Contact contact) { ContactId = contact.Id; }
            public int ContactId { get; }
            public override string ToString() => LogSerializer.Serialize(this);
        }

        public sealed class ReplyLog
        {
            public ReplyLog(Contact contact) { ReplyTo = contact.Email; }
            public string ReplyTo { get; }
            public override string ToString() => LogSerializer.Serialize(this);
        }

        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                logger.LogDebug("{Details}", new RequestLog(c).ToString());
                logger.LogDebug("{Details}", [|new ReplyLog(c)|].ToString());
            }
        }
        """);
}
