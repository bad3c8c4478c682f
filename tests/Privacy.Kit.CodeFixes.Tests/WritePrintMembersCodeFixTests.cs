using Verify = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<
    Privacy.Kit.Analyzers.Rules.RecordPrintsPersonalDataAnalyzer,
    Privacy.Kit.CodeFixes.Fixes.WritePrintMembersCodeFix>;

namespace Privacy.Kit.CodeFixes.Tests;

public sealed class WritePrintMembersCodeFixTests
{
    [Fact]
    public Task Positional_record_gets_a_body_with_a_protected_virtual_PrintMembers() => Verify.VerifyAsync("""
        public record [|Customer|](int Id, [Email] string Email, string Name);
        """, """
        public record Customer(int Id, [Email] string Email, string Name)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Email, Name.
                builder.Append("Id = ");
                builder.Append(Id.ToString());
                return true;
            }
        }
        """);

    [Fact]
    public Task Sealed_record_gets_a_private_PrintMembers() => Verify.VerifyAsync("""
        public sealed record [|Agent|](int Seat, [PersonName] string Name);
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
        """);

    [Fact]
    public Task Record_struct_gets_a_private_PrintMembers() => Verify.VerifyAsync("""
        public readonly record struct [|Contact|](int Id, string Iban);
        """, """
        public readonly record struct Contact(int Id, string Iban)
        {
            private bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Iban.
                builder.Append("Id = ");
                builder.Append(Id.ToString());
                return true;
            }
        }
        """);

    [Fact]
    public Task Derived_record_overrides_and_starts_with_the_base_members() => Verify.VerifyAsync("""
        public record Party(int Id);
        public record [|Person|](int Id, string LastName, bool Active) : Party(Id);
        """, """
        public record Party(int Id);
        public record Person(int Id, string LastName, bool Active) : Party(Id)
        {
            protected override bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: LastName.
                if (base.PrintMembers(builder))
                {
                    builder.Append(", ");
                }

                builder.Append("Active = ");
                builder.Append(Active.ToString());
                return true;
            }
        }
        """);

    [Fact]
    public Task Record_with_only_personal_data_prints_nothing() => Verify.VerifyAsync("""
        public record [|Caller|]([PhoneNumber] string Phone);
        """, """
        public record Caller([PhoneNumber] string Phone)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Phone.
                return false;
            }
        }
        """);

    [Fact]
    public Task Derived_record_with_only_personal_data_prints_the_base_members() => Verify.VerifyAsync("""
        public record Party(int Id);
        public sealed record [|Person|](int Id, string Email) : Party(Id);
        """, """
        public record Party(int Id);
        public sealed record Person(int Id, string Email) : Party(Id)
        {
            protected override bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Email.
                return base.PrintMembers(builder);
            }
        }
        """);

    [Fact]
    public Task Record_with_a_body_keeps_its_members_and_prints_fields_and_properties_in_order() => Verify.VerifyAsync("""
        public record [|Lead|]
        {
            public string Source;
            public string PostalCode { get; init; }
            public DateTime? CreatedAt { get; init; }
        }
        """, """
        public record Lead
        {
            public string Source;
            public string PostalCode { get; init; }
            public DateTime? CreatedAt { get; init; }

            protected virtual bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: PostalCode.
                builder.Append("Source = ");
                builder.Append(Source);
                builder.Append(", CreatedAt = ");
                builder.Append(CreatedAt.ToString());
                return true;
            }
        }
        """);

    [Fact]
    public Task Fix_all_writes_PrintMembers_for_every_record() => Verify.VerifyAsync("""
        public record [|Customer|](int Id, string Email);
        public record [|Caller|](int Id, string Phone);
        """, """
        public record Customer(int Id, string Email)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Email.
                builder.Append("Id = ");
                builder.Append(Id.ToString());
                return true;
            }
        }
        public record Caller(int Id, string Phone)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                // Personal data, left out of ToString: Phone.
                builder.Append("Id = ");
                builder.Append(Id.ToString());
                return true;
            }
        }
        """);

    [Fact]
    public Task Without_a_StringBuilder_using_the_type_is_qualified() => Verify.VerifyAsync("""
        public record [|Customer|](int Id, string Email);
        """, """
        public record Customer(int Id, string Email)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                // Personal data, left out of ToString: Email.
                builder.Append("Id = ");
                builder.Append(Id.ToString());
                return true;
            }
        }
        """,
        globalUsings: false);
}
