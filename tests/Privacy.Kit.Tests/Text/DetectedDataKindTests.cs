using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

public sealed class DetectedDataKindTests
{
    [Theory]
    [InlineData(DetectedDataKind.PersonName, "PersonName")]
    [InlineData(DetectedDataKind.EmailAddress, "EmailAddress")]
    [InlineData(DetectedDataKind.PhoneNumber, "PhoneNumber")]
    [InlineData(DetectedDataKind.PostalAddress, "PostalAddress")]
    [InlineData(DetectedDataKind.DateOfBirth, "DateOfBirth")]
    [InlineData(DetectedDataKind.NationalId, "NationalId")]
    [InlineData(DetectedDataKind.BankAccount, "BankAccount")]
    [InlineData(DetectedDataKind.PaymentCard, "PaymentCard")]
    [InlineData(DetectedDataKind.IpAddress, "IpAddress")]
    [InlineData(DetectedDataKind.PersonalData, "PersonalData")]
    [InlineData(DetectedDataKind.SpecialCategory, "SpecialCategory")]
    public void Each_kind_maps_to_its_taxonomy_classification(DetectedDataKind kind, string classification)
    {
        var mapped = kind.ToClassification();

        Assert.Equal(PrivacyTaxonomy.Name, mapped.TaxonomyName);
        Assert.Equal(classification, mapped.Value);
    }

    [Fact]
    public void An_undefined_kind_maps_to_generic_personal_data()
    {
        Assert.Equal(PrivacyTaxonomy.PersonalData, ((DetectedDataKind)200).ToClassification());
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
