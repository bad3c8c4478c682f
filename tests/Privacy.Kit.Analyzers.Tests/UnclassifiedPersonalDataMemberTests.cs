using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.UnclassifiedPersonalDataMemberAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class UnclassifiedPersonalDataMemberTests
{
    [Fact]
    public Task Message_names_the_member_the_kind_and_the_attribute_to_add() => Verify.VerifyAsync("""
        public class Customer
        {
            public string {|#0:Email|} { get; set; }
        }
        """,
        expected: Verify.Diagnostic("PK2001").WithLocation(0).WithArguments("Customer.Email", "EmailAddress", "Email"));

    [Fact]
    public Task Unclassified_public_property_named_like_personal_data_is_reported_beside_a_classified_one() => Verify.VerifyAsync("""
        public class Caller
        {
            [PhoneNumber] public string Phone { get; set; }
            public string [|MobilePhone|] { get; set; }
            public int CallCount { get; set; }
        }
        """);

    [Fact]
    public Task Dutch_names_are_reported() => Verify.VerifyAsync("""
        public class Klant
        {
            public string [|Achternaam|] { get; set; }
            public string [|Burgerservicenummer|] { get; set; }
            public DateTime [|Geboortedatum|] { get; set; }
        }
        """);

    [Fact]
    public Task Public_and_internal_fields_are_reported_private_fields_are_not() => Verify.VerifyAsync("""
        public class Contact
        {
            public string [|Iban|];
            internal string [|HomeAddress|];
            private string _email;
            public string Describe() => _email;
        }
        """);

    [Fact]
    public Task Positional_record_parameter_is_reported_where_the_attribute_belongs() => Verify.VerifyAsync("""
        public record Customer(int Id, string [|FirstName|], [Email] string Email);
        """);

    [Fact]
    public Task Not_personal_data_and_no_data_classification_silence_the_member() => Verify.VerifyCleanAsync("""
        public class Mailing
        {
            [NotPersonalData] public string ReplyEmail { get; set; }
            [NoDataClassification] public string SupportPhone { get; set; }
        }
        """);

    [Fact]
    public Task Any_data_classification_attribute_counts_including_another_taxonomy() => Verify.VerifyCleanAsync("""
        public sealed class EuiiAttribute : DataClassificationAttribute
        {
            public EuiiAttribute() : base(new DataClassification("Contoso", "EUII")) { }
        }

        public class Customer
        {
            [Euii] public string Email { get; set; }
            [PersonalData] public string LastName { get; set; }
        }
        """);

    [Fact]
    public Task Static_and_constant_members_are_configuration_not_personal_data() => Verify.VerifyCleanAsync("""
        public class Support
        {
            public const string Email = "support@example.com";
            public static string Phone { get; set; } = "+31 20 123 4567";
        }
        """);

    [Fact]
    public Task Names_that_only_contain_a_term_are_not_reported() => Verify.VerifyCleanAsync("""
        public class Template
        {
            public string EmailTemplate { get; set; }
            public bool IsEmailVerified { get; set; }
            public string ServerAddress { get; set; }
            public int PhoneNumberCount { get; set; }
        }
        """);

    [Fact]
    public Task Types_that_cannot_carry_an_identifier_are_not_reported() => Verify.VerifyCleanAsync("""
        public enum Channel { Phone, Email }
        public class Preferences
        {
            public bool Email { get; set; }
            public Channel Phone { get; set; }
        }
        """);

    [Fact]
    public Task Overrides_and_explicit_implementations_are_left_to_the_declaration_they_implement() => Verify.VerifyAsync("""
        public interface IHasEmail { string [|Email|] { get; } }
        public abstract class Person { public abstract string [|LastName|] { get; } }
        public class Customer : Person, IHasEmail
        {
            public override string LastName => "";
            string IHasEmail.Email => "";
        }
        """);

    [Fact]
    public Task Generated_code_is_not_reported() => Verify.VerifyAsync(
        "public partial class Customer { }",
        generatedSource: "public partial class Customer { public string Email { get; set; } }");

    [Fact]
    public Task Heuristics_switched_off_report_nothing() => Verify.VerifyCleanAsync("""
        public class Customer { public string Email { get; set; } }
        """,
        editorConfig: "privacy_kit.heuristics = false");

    [Fact]
    public Task Configured_heuristic_names_are_reported_with_their_kind() => Verify.VerifyAsync("""
        public class Member { public string {|#0:Lidnummer|} { get; set; } }
        """,
        editorConfig: "privacy_kit.heuristic_names = lidnummer:NationalId",
        expected: Verify.Diagnostic("PK2001").WithLocation(0).WithArguments("Member.Lidnummer", "NationalId", "NationalId"));

    [Fact]
    public Task Generic_kind_asks_for_the_generic_attribute() => Verify.VerifyAsync("""
        public class Member { public string {|#0:Klantcode|} { get; set; } }
        """,
        editorConfig: "privacy_kit.heuristic_names = klantcode",
        expected: Verify.Diagnostic("PK2001").WithLocation(0).WithArguments("Member.Klantcode", "PersonalData", "PersonalData"));

    [Fact]
    public Task Members_of_internal_types_and_structs_are_reported() => Verify.VerifyAsync("""
        internal struct CallerInfo
        {
            public string [|IpAddress|];
            public DateTime [|DateOfBirth|] { get; init; }
        }
        """);

    [Fact]
    public Task Indexers_and_methods_are_not_members_to_classify() => Verify.VerifyCleanAsync("""
        public class Book
        {
            public string this[string email] => email;
            public string Email() => "";
        }
        """);

    [Fact]
    public Task User_names_card_holder_buyer_names_and_card_security_data_are_reported() => Verify.VerifyAsync("""
        public class PaymentDto
        {
            public string [|UserName|] { get; set; } = "";
            public string [|CardHolderName|] { get; set; } = "";
            public string [|BuyerName|] { get; set; } = "";
            public string [|CardSecurityNumber|] { get; set; } = "";
            public DateTime [|CardExpiration|] { get; set; }
            public int Id { get; set; }
        }
        """);

    [Fact]
    public Task Name_of_a_person_like_type_is_reported_name_of_a_product_is_not() => Verify.VerifyAsync("""
        public class Buyer
        {
            public string [|Name|] { get; set; } = "";
        }

        public class Product
        {
            public string Name { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_note_on_an_order_is_reported_a_note_on_a_stock_movement_or_a_shipping_rate_is_not() => Verify.VerifyAsync("""
        public class OrderHistory
        {
            public string [|Note|] { get; set; } = "";
        }

        public class StockHistory
        {
            public string Note { get; set; } = "";
        }

        public class PriceAndDestination
        {
            public string ZipCode { get; set; } = "";
            public string Note { get; set; } = "";
        }

        public class ProductBackInStockSubscription
        {
            public string [|CustomerEmail|] { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_type_that_enumerates_itself_is_no_identifier_and_does_not_overflow() => Verify.VerifyCleanAsync("""
        public class Token : IEnumerable<Token>
        {
            public Token? Email { get; set; }
            public IEnumerator<Token> GetEnumerator() => Enumerable.Empty<Token>().GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
        """);

    [Fact]
    public Task A_number_named_like_a_user_name_or_an_email_is_a_limit_not_personal_data() => Verify.VerifyAsync("""
        public class InputLengthRestrictions
        {
            public int UserName { get; set; } = 100;
            public int Email { get; set; } = 254;
            public long [|PhoneNumber|] { get; set; }
        }
        """);
}
