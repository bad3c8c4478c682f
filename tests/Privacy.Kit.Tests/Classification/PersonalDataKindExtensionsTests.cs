using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Classification;

public sealed class PersonalDataKindExtensionsTests
{
    [Theory]
    [InlineData(PersonalDataKind.PersonName, "PersonName")]
    [InlineData(PersonalDataKind.EmailAddress, "EmailAddress")]
    [InlineData(PersonalDataKind.PhoneNumber, "PhoneNumber")]
    [InlineData(PersonalDataKind.PostalAddress, "PostalAddress")]
    [InlineData(PersonalDataKind.DateOfBirth, "DateOfBirth")]
    [InlineData(PersonalDataKind.NationalId, "NationalId")]
    [InlineData(PersonalDataKind.BankAccount, "BankAccount")]
    [InlineData(PersonalDataKind.PaymentCard, "PaymentCard")]
    [InlineData(PersonalDataKind.IpAddress, "IpAddress")]
    [InlineData(PersonalDataKind.PersonalData, "PersonalData")]
    [InlineData(PersonalDataKind.SpecialCategory, "SpecialCategory")]
    public void Each_kind_maps_to_its_taxonomy_classification(PersonalDataKind kind, string classification)
    {
        var mapped = kind.ToClassification();

        Assert.Equal(PrivacyTaxonomy.Name, mapped.TaxonomyName);
        Assert.Equal(classification, mapped.Value);
    }

    [Fact]
    public void An_undefined_kind_maps_to_generic_personal_data()
    {
        Assert.Equal(PrivacyTaxonomy.PersonalData, ((PersonalDataKind)200).ToClassification());
    }

    [Theory]
    [InlineData("Bel 06-12345678", true)]
    [InlineData("Afspraak op 12-03-2025 om 10:30", false)]
    [InlineData("", false)]
    public void Contains_personal_data_answers_whether_anything_is_found(string text, bool expected)
    {
        Assert.Equal(expected, PersonalDataScanner.ContainsPersonalData(text));
    }
}
