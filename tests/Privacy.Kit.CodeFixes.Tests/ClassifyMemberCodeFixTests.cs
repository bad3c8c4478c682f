using Verify = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<
    Privacy.Kit.Analyzers.Rules.UnclassifiedPersonalDataMemberAnalyzer,
    Privacy.Kit.CodeFixes.Fixes.ClassifyMemberCodeFix>;

namespace Privacy.Kit.CodeFixes.Tests;

public sealed class ClassifyMemberCodeFixTests
{
    [Fact]
    public Task Email_property_gets_the_Email_attribute() => Verify.VerifyAsync("""
        public class Customer
        {
            public string [|Email|] { get; set; }
        }
        """, """
        public class Customer
        {
            [Email]
            public string Email { get; set; }
        }
        """);

    [Fact]
    public Task Using_is_added_when_the_file_lacks_it() => Verify.VerifyAsync("""
        namespace Shop;

        public class Customer
        {
            public string [|PhoneNumber|] { get; set; }
        }
        """, """
        using Privacy.Kit;

        namespace Shop;

        public class Customer
        {
            [PhoneNumber]
            public string PhoneNumber { get; set; }
        }
        """,
        globalUsings: false);

    [Fact]
    public Task Existing_using_is_not_repeated() => Verify.VerifyAsync("""
        using Privacy.Kit;

        public class Customer
        {
            public string [|Iban|] { get; set; }
        }
        """, """
        using Privacy.Kit;

        public class Customer
        {
            [BankAccount]
            public string Iban { get; set; }
        }
        """,
        globalUsings: false);

    [Fact]
    public Task Each_kind_gets_its_own_attribute_and_fix_all_adds_one_using() => Verify.VerifyAsync("""
        using System;

        public class Klant
        {
            public string [|Voornaam|] { get; set; }
            public DateTime [|Geboortedatum|] { get; set; }
            public string [|Bsn|] { get; set; }
            public string [|Postcode|] { get; set; }
            public string [|IpAddress|] { get; set; }
            public string [|CardNumber|] { get; set; }
        }
        """, """
        using System;
        using Privacy.Kit;

        public class Klant
        {
            [PersonName]
            public string Voornaam { get; set; }
            [DateOfBirth]
            public DateTime Geboortedatum { get; set; }
            [NationalId]
            public string Bsn { get; set; }
            [PostalAddress]
            public string Postcode { get; set; }
            [IpAddress]
            public string IpAddress { get; set; }
            [PaymentCard]
            public string CardNumber { get; set; }
        }
        """,
        globalUsings: false);

    [Fact]
    public Task Positional_record_parameter_gets_the_attribute_inline() => Verify.VerifyAsync("""
        public record Customer(int Id, string [|Email|]);
        """, """
        public record Customer(int Id, [Email] string Email);
        """);

    [Fact]
    public Task Field_gets_the_attribute() => Verify.VerifyAsync("""
        public class Caller
        {
            public string [|Telefoonnummer|];
        }
        """, """
        public class Caller
        {
            [PhoneNumber]
            public string Telefoonnummer;
        }
        """);

    [Fact]
    public Task Documentation_comment_stays_above_the_attribute() => Verify.VerifyAsync("""
        public class Customer
        {
            /// <summary>Where invoices go.</summary>
            public string [|Email|] { get; set; }
        }
        """, """
        public class Customer
        {
            /// <summary>Where invoices go.</summary>
            [Email]
            public string Email { get; set; }
        }
        """);

    [Fact]
    public Task Attribute_is_added_beside_existing_attributes() => Verify.VerifyAsync("""
        public class Customer
        {
            [Obsolete("Use ContactEmail")]
            public string [|Email|] { get; set; }
        }
        """, """
        public class Customer
        {
            [Obsolete("Use ContactEmail")]
            [Email]
            public string Email { get; set; }
        }
        """);

    [Fact]
    public Task Field_declaring_several_variables_is_left_to_the_developer() => Verify.VerifyAsync("""
        public class Caller
        {
            public string [|Email|], [|Phone|];
        }
        """, """
        public class Caller
        {
            public string [|Email|], [|Phone|];
        }
        """);
}
