using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class NameHeuristicsTests
{
    [Theory]
    [InlineData("email", "EmailAddress")]
    [InlineData("Email", "EmailAddress")]
    [InlineData("customerEmail", "EmailAddress")]
    [InlineData("CustomerEmailAddress", "EmailAddress")]
    [InlineData("e_mail", "EmailAddress")]
    [InlineData("emails", "EmailAddress")]
    [InlineData("phoneNumber", "PhoneNumber")]
    [InlineData("KlantTelefoonnummer", "PhoneNumber")]
    [InlineData("telefoon", "PhoneNumber")]
    [InlineData("mobiel", "PhoneNumber")]
    [InlineData("iban", "BankAccount")]
    [InlineData("CustomerIBAN", "BankAccount")]
    [InlineData("rekeningnummer", "BankAccount")]
    [InlineData("bsn", "NationalId")]
    [InlineData("Burgerservicenummer", "NationalId")]
    [InlineData("geboortedatum", "DateOfBirth")]
    [InlineData("dateOfBirth", "DateOfBirth")]
    [InlineData("postcode", "PostalAddress")]
    [InlineData("address", "PostalAddress")]
    [InlineData("HomeAddress", "PostalAddress")]
    [InlineData("adres", "PostalAddress")]
    [InlineData("firstName", "PersonName")]
    [InlineData("achternaam", "PersonName")]
    [InlineData("IPAddress", "IpAddress")]
    [InlineData("cardNumber", "PaymentCard")]
    [InlineData("userName", "PersonalData")]
    [InlineData("Username", "PersonalData")]
    [InlineData("login", "PersonalData")]
    [InlineData("gebruikersnaam", "PersonalData")]
    [InlineData("CardHolderName", "PersonName")]
    [InlineData("BuyerName", "PersonName")]
    [InlineData("CardSecurityNumber", "PaymentCard")]
    [InlineData("CardExpiration", "PaymentCard")]
    [InlineData("cardExpiryDate", "PaymentCard")]
    public void Personal_data_names_are_recognised_in_English_and_Dutch(string name, string kind) =>
        Assert.Equal(kind, NameHeuristics.Default.Match(name));

    [Theory]
    [InlineData("EmailTemplate")]
    [InlineData("PhoneNumberFormat")]
    [InlineData("isEmailVerified")]
    [InlineData("ServerAddress")]
    [InlineData("voicemail")]
    [InlineData("Status")]
    [InlineData("name")]
    [InlineData("FileName")]
    [InlineData("emailCount")]
    [InlineData("Dobby")]
    [InlineData("")]
    [InlineData("lastLogin")]
    [InlineData("RedactedEmail")]
    [InlineData("maskedPhoneNumber")]
    [InlineData("HashedIban")]
    [InlineData("anonymizedCustomerEmail")]
    [InlineData("EmailHash")]
    [InlineData("ListenAddresses")]
    [InlineData("LocalIpAddress")]
    [InlineData("bindAddress")]
    public void Names_whose_head_noun_is_not_personal_data_are_not_recognised(string name) =>
        Assert.Null(NameHeuristics.Default.Match(name));

    [Fact]
    public void The_longest_matching_term_decides_the_kind() =>
        Assert.Equal("EmailAddress", NameHeuristics.Default.Match("emailAddress"));

    [Fact]
    public void Extra_terms_are_matched_with_their_kind() =>
        Assert.Equal("NationalId", NameHeuristics.WithExtraTerms([("klantNummer", "NationalId")]).Match("HoofdKlantnummer"));

    [Theory]
    [InlineData("Name", "Buyer")]
    [InlineData("Name", "CustomerDto")]
    [InlineData("DisplayName", "ApplicationUser")]
    [InlineData("Name", "Klant")]
    public void Name_on_a_person_like_type_is_a_person_name(string member, string type) =>
        Assert.Equal("PersonName", NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("Name", "Product")]
    [InlineData("Name", "UserRole")]
    [InlineData("DisplayName", "CatalogBrand")]
    [InlineData("Name", "ExperienceProfile")]
    public void Name_on_other_types_is_not_personal(string member, string type) =>
        Assert.Null(NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("Name", "ApiClient")]
    [InlineData("Name", "HttpClient")]
    [InlineData("Name", "GrpcClientDto")]
    [InlineData("Name", "InventoryMember")]
    [InlineData("Name", "ClassifiedMember")]
    [InlineData("Name", "TypeMembers")]
    [InlineData("Name", "BuildAgent")]
    [InlineData("Name", "TeamMemberRole")]
    public void Name_on_a_client_member_or_agent_qualified_as_software_is_not_personal(string member, string type) =>
        Assert.Null(NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("Name", "Client")]
    [InlineData("Name", "ClientDto")]
    [InlineData("Name", "Member")]
    [InlineData("Name", "TeamMember")]
    [InlineData("Name", "CustomerMember")]
    [InlineData("Name", "QueueMember")]
    [InlineData("Name", "CustomerServiceAgent")]
    [InlineData("Name", "PremiumClient")]
    [InlineData("Name", "ApiUser")]
    public void Name_on_a_client_member_or_agent_qualified_by_a_business_word_is_a_person_name(string member, string type) =>
        Assert.Equal("PersonName", NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("ZipCode", "WarehouseVm")]
    [InlineData("Address", "Store")]
    [InlineData("PostalCode", "BranchOffice")]
    [InlineData("Straat", "Vestiging")]
    public void The_postal_address_of_business_premises_is_not_personal(string member, string type) =>
        Assert.Null(NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("ContactName", "WarehouseVm", "PersonName")]
    [InlineData("Phone", "WarehouseVm", "PhoneNumber")]
    [InlineData("ZipCode", "StoreCustomer", "PostalAddress")]
    [InlineData("ZipCode", "WarehouseContact", "PostalAddress")]
    public void A_contact_person_on_business_premises_and_a_person_s_address_still_count(string member, string type, string kind) =>
        Assert.Equal(kind, NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("loginHint")]
    [InlineData("LoginHint")]
    [InlineData("login_hint")]
    public void A_login_hint_is_a_user_name(string name) =>
        Assert.Equal("PersonalData", NameHeuristics.Default.Match(name));

    [Theory]
    [InlineData("LoginHintType")]
    [InlineData("hintText")]
    public void A_name_about_a_login_hint_is_not_a_user_name(string name) =>
        Assert.Null(NameHeuristics.Default.Match(name));

    [Theory]
    [InlineData("Email", "SmtpSettings")]
    [InlineData("ReceiverEmail", "NganLuongConfigForm")]
    [InlineData("ZipCode", "TaxRateForm")]
    [InlineData("PhoneNumber", "CompanyInformation")]
    [InlineData("FullName", "ThemeManifest")]
    [InlineData("Username", "NpgsqlConnectionStringBuilder")]
    public void Members_of_configuration_and_organisation_types_are_not_personal(string member, string type) =>
        Assert.Null(NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("Note", "StockHistory")]
    [InlineData("Note", "StockUpdateRequest")]
    [InlineData("Note", "StockVm")]
    [InlineData("Comment", "InventoryItem")]
    [InlineData("ZipCode", "PriceAndDestinationForm")]
    public void Members_of_types_about_goods_and_prices_by_their_first_word_are_not_personal(string member, string type) =>
        Assert.Null(NameHeuristics.Default.MatchMember(member, type));

    [Theory]
    [InlineData("Note", "OrderHistory", "FreeText")]
    [InlineData("CustomerEmail", "ProductBackInStockSubscription", "EmailAddress")]
    [InlineData("Name", "StockHolder", "PersonName")]
    [InlineData("Note", "Stockist", "FreeText")]
    public void A_goods_word_later_in_the_type_name_or_a_person_head_noun_keeps_the_match(string member, string type, string kind) =>
        Assert.Equal(kind, NameHeuristics.Default.MatchMember(member, type));

    [Fact]
    public void Members_of_other_types_keep_their_name_match() =>
        Assert.Equal("EmailAddress", NameHeuristics.Default.MatchMember("Email", "ContactForm"));
}
