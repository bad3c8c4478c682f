using Fix = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<
    Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer,
    Privacy.Kit.CodeFixes.Fixes.PrintLoggedRecordWithoutPersonalDataCodeFix>;

namespace Privacy.Kit.CodeFixes.Tests;

/// <summary>
/// PK1004 for a record written as its generated <c>ToString</c>: the record gets a <c>PrintMembers</c> without its personal
/// data (the PK2002 fix), so the log call, and every other place that prints it, is clean.
/// </summary>
public sealed class PrintLoggedRecordCodeFixTests
{
    [Fact]
    public Task A_logged_record_gets_a_PrintMembers_without_its_personal_data() => Fix.VerifyAsync("""
        public record Caller([property: PhoneNumber] string Number, int Queue);

        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Call from {Caller}", [|caller|]);
        }
        """, """
        public record Caller([property: PhoneNumber] string Number, int Queue)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Number.
                builder.Append("Queue = ");
                builder.Append(Queue.ToString());
                return true;
            }
        }

        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Call from {Caller}", caller);
        }
        """);

    [Fact]
    public Task Fix_all_writes_one_PrintMembers_for_a_record_logged_twice() => Fix.VerifyAsync("""
        public sealed record Agent(int Seat, [PersonName] string Name);

        class Service(ILogger logger)
        {
            void Handle(Agent agent)
            {
                logger.LogInformation("Agent {Agent} joined", [|agent|]);
                logger.LogWarning("Agent {Agent} left", [|agent|]);
            }
        }
        """, """
        public sealed record Agent(int Seat, [PersonName] string Name)
        {
            private bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Name.
                builder.Append("Seat = ");
                builder.Append(Seat.ToString());
                return true;
            }
        }

        class Service(ILogger logger)
        {
            void Handle(Agent agent)
            {
                logger.LogInformation("Agent {Agent} joined", agent);
                logger.LogWarning("Agent {Agent} left", agent);
            }
        }
        """);

    [Fact]
    public Task No_fix_for_a_class_with_its_own_ToString() => Fix.VerifyNoFixAsync("""
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
    public Task No_fix_where_the_record_is_destructured_member_by_member() => Fix.VerifyNoFixAsync("""
        public record Caller([property: PhoneNumber] string Number, int Queue);

        class Service(ILogger logger)
        {
            void Handle(Caller caller) => logger.LogInformation("Call from {@Caller}", [|caller|]);
        }
        """);
}
