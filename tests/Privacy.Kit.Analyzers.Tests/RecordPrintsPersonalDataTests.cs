using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.RecordPrintsPersonalDataAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class RecordPrintsPersonalDataTests
{
    [Fact]
    public Task Message_names_the_record_the_members_and_the_first_kind() => Verify.VerifyAsync("""
        public record {|#0:Customer|}(int Id, [Email] string Email, [PhoneNumber] string Phone);
        """,
        expected: Verify.Diagnostic("PK2002").WithLocation(0).WithArguments("Customer", "Email', 'Phone", "EmailAddress"));

    [Fact]
    public Task Record_with_a_property_named_like_personal_data_is_reported() => Verify.VerifyAsync("""
        public record [|Caller|]
        {
            public int Id { get; init; }
            public string Telefoonnummer { get; init; }
        }
        """);

    [Fact]
    public Task Record_without_personal_data_is_not_reported() => Verify.VerifyCleanAsync("""
        public record Ticket(int Id, string Subject, DateTime OpenedAt);
        """);

    [Fact]
    public Task Record_struct_is_reported() => Verify.VerifyAsync("""
        public readonly record struct [|Contact|](int Id, string Iban);
        """);

    [Fact]
    public Task Sealed_record_is_reported() => Verify.VerifyAsync("""
        public sealed record [|Agent|]([PersonName] string Name, int Seat);
        """);

    [Fact]
    public Task Derived_record_is_reported_for_its_own_members_only() => Verify.VerifyAsync("""
        public record Party(int Id);
        public record [|Person|](int Id, string LastName) : Party(Id);
        """);

    [Fact]
    public Task Record_with_its_own_PrintMembers_is_not_reported() => Verify.VerifyCleanAsync("""
        public record Customer(int Id, string Email)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Id = ").Append(Id);
                return true;
            }
        }
        """);

    [Fact]
    public Task Record_with_its_own_ToString_is_not_reported() => Verify.VerifyCleanAsync("""
        public record Customer(int Id, string Email)
        {
            public override string ToString() => $"Customer {Id}";
        }
        """);

    [Fact]
    public Task Record_whose_base_seals_ToString_is_not_reported() => Verify.VerifyCleanAsync("""
        public record Party(int Id) { public sealed override string ToString() => $"Party {Id}"; }
        public record Person(int Id, string Email) : Party(Id);
        """);

    [Fact]
    public Task Members_the_generated_ToString_does_not_print_are_not_reported() => Verify.VerifyCleanAsync("""
        public record Customer(int Id)
        {
            private string _email;
            internal string Phone { get; init; }
            public static string SupportEmail { get; } = "support@example.com";
            public string Email { set => _email = value; }
        }
        """);

    [Fact]
    public Task Not_personal_data_members_are_not_reported() => Verify.VerifyCleanAsync("""
        public record Mailing(int Id, [NotPersonalData] string ReplyEmail);
        """);

    [Fact]
    public Task Classes_are_not_reported_their_ToString_prints_no_members() => Verify.VerifyCleanAsync("""
        public class Customer { public string Email { get; set; } }
        """);

    [Fact]
    public Task Partial_record_is_reported_once() => Verify.VerifyAsync("""
        public partial record [|Customer|](int Id);
        public partial record Customer { public string Email { get; init; } }
        """);

    [Fact]
    public Task Generated_record_is_not_reported() => Verify.VerifyAsync(
        "public record Ticket(int Id);",
        generatedSource: "public record Customer(int Id, string Email);");

    [Fact]
    public Task Public_field_of_a_record_is_printed_and_reported() => Verify.VerifyAsync("""
        public record [|Lead|]
        {
            public string PostalCode;
        }
        """);
}
