using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// PK1004 at <c>[LoggerMessage]</c> declarations: the generated code writes an unclassified parameter as its
/// <c>ToString()</c>, so a parameter whose type prints personal data leaks on every call, whether or not a call is in
/// the compilation. Each leak sits next to the declaration that is safe.
/// </summary>
public sealed class LoggerMessageDeclarationTests
{
    private const string Ticket = """
        public record Ticket(int Number, [PhoneNumber] string CallbackNumber);
        """;

    [Fact]
    public Task Record_parameter_whose_record_prints_a_classified_member_is_reported_at_the_declaration() => Verify.VerifyAsync(Ticket + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Opened {Ticket}")]
            public static partial void Opened(ILogger logger, {|#0:Ticket ticket|});

            public static partial void Opened(ILogger logger, Ticket ticket) { }
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("ticket", "Ticket.CallbackNumber (PhoneNumber)", "written to a log", "Opened"));

    [Fact]
    public Task Record_parameter_logged_with_LogProperties_is_redacted_member_by_member_and_not_reported() => Verify.VerifyCleanAsync(Ticket + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Opened")]
            public static partial void Opened(ILogger logger, [LogProperties] Ticket ticket);

            public static partial void Opened(ILogger logger, Ticket ticket) { }
        }
        """);

    [Fact]
    public Task Parameter_not_in_the_template_is_still_written_and_reported() => Verify.VerifyAsync(Ticket + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Ticket opened")]
            public static partial void Opened(ILogger logger, [|Ticket ticket|]);

            public static partial void Opened(ILogger logger, Ticket ticket) { }
        }
        """);

    [Fact]
    public Task Parameter_classified_itself_is_redacted_by_the_generator_and_not_reported() => Verify.VerifyCleanAsync(Ticket + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Opened {Ticket}")]
            public static partial void Opened(ILogger logger, [PersonalData] Ticket ticket);

            public static partial void Opened(ILogger logger, Ticket ticket) { }
        }
        """);

    [Fact]
    public Task Record_struct_with_a_classified_positional_member_is_reported() => Verify.VerifyAsync("""
        public readonly record struct Caller([PersonName] string Name, int Queue);
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Queued {Caller}")]
            public static partial void Queued(ILogger logger, [|Caller caller|]);

            public static partial void Queued(ILogger logger, Caller caller) { }
        }
        """);

    [Fact]
    public Task Record_nesting_a_record_that_prints_a_classified_member_is_reported() => Verify.VerifyAsync("""
        public record Contact([Email] string Email);
        public record Case(int Number, Contact Requester);
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Case {Case}")]
            public static partial void Closed(ILogger logger, {|#0:Case @case|});

            public static partial void Closed(ILogger logger, Case @case) { }
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("case", "Contact.Email (EmailAddress)", "written to a log", "Closed"));

    [Fact]
    public Task Derived_record_of_a_base_record_classified_as_a_whole_is_reported() => Verify.VerifyAsync("""
        [PersonalData] public abstract record Party(int Id);
        public sealed record Debtor(int Id, decimal Balance) : Party(Id);
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Reminder for {Debtor}")]
            public static partial void Reminded(ILogger logger, {|#0:Debtor debtor|});

            public static partial void Reminded(ILogger logger, Debtor debtor) { }
        }
        """,
        expected: Verify.Diagnostic("PK1004").WithLocation(0).WithArguments("debtor", "Party (PersonalData)", "written to a log", "Reminded"));

    [Fact]
    public Task Base_record_parameter_whose_derived_record_prints_a_classified_member_is_reported() => Verify.VerifyAsync("""
        public abstract record CallEvent(int Id);
        public sealed record CallMissed(int Id, [PhoneNumber] string From) : CallEvent(Id);
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Event {Event}")]
            public static partial void Happened(ILogger logger, [|CallEvent @event|]);

            public static partial void Happened(ILogger logger, CallEvent @event) { }
        }
        """);

    [Fact]
    public Task Class_without_its_own_ToString_prints_its_type_name_and_is_not_reported() => Verify.VerifyCleanAsync("""
        public sealed class Agent { [PersonName] public string Name { get; set; } = ""; }
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Agent {Agent}")]
            public static partial void SignedIn(ILogger logger, Agent agent);

            public static partial void SignedIn(ILogger logger, Agent agent) { }
        }
        """);

    [Fact]
    public Task Record_whose_classified_members_are_not_printed_is_not_reported() => Verify.VerifyCleanAsync("""
        public record Session(int Id)
        {
            [Email] internal string Email { get; init; } = "";
            [PhoneNumber] public string Phone { private get; init; } = "";
            [PersonName] public static string Operator { get; set; } = "";
        }
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Session {Session}")]
            public static partial void Started(ILogger logger, Session session);

            public static partial void Started(ILogger logger, Session session) { }
        }
        """);

    [Fact]
    public Task Call_of_a_reported_declaration_is_not_reported_again() => Verify.VerifyAsync(Ticket + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Opened {Ticket}")]
            public static partial void Opened(ILogger logger, [|Ticket ticket|]);

            public static partial void Opened(ILogger logger, Ticket ticket) { }
        }

        class Desk(ILogger logger)
        {
            void Open(Ticket ticket) => Log.Opened(logger, ticket);
        }
        """);

    [Fact]
    public Task Call_passing_a_record_to_an_object_parameter_is_reported_at_the_call() => Verify.VerifyAsync(Ticket + """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Opened {Item}")]
            public static partial void Opened(ILogger logger, object item);

            public static partial void Opened(ILogger logger, object item) { }
        }

        class Desk(ILogger logger)
        {
            void Open(Ticket ticket) => Log.Opened(logger, [|ticket|]);
        }
        """);

    [Fact]
    public Task Record_overriding_a_classified_base_property_without_a_classification_is_not_reported() => Verify.VerifyCleanAsync("""
        public abstract record Reading { [PersonalData] public virtual decimal Value => 0m; }
        public sealed record MeterReading(int Meter) : Reading { public override decimal Value => 1m; }
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Read {Reading}")]
            public static partial void Read(ILogger logger, MeterReading reading);

            public static partial void Read(ILogger logger, MeterReading reading) { }
        }
        """);
}
