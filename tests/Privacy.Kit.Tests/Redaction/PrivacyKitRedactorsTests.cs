using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Redaction;

namespace Privacy.Kit.Tests.Redaction;

public class PrivacyKitRedactorsTests
{
    [Fact]
    public void Redactor_of_a_classification_is_the_redactor_of_its_kind()
    {
        Assert.True(PrivacyKitRedactors.Default.TryGet(PrivacyTaxonomy.PhoneNumber, out Redactor redactor));
        Assert.Same(PrivacyKitRedactors.Default.For(PersonalDataKind.PhoneNumber), redactor);
    }

    [Fact]
    public void Classification_of_another_taxonomy_gets_no_privacy_kit_redactor()
    {
        Assert.False(PrivacyKitRedactors.Default.TryGet(new DataClassification("Other", "PhoneNumber"), out Redactor redactor));
        Assert.Same(ErasingRedactor.Instance, redactor);
    }

    [Fact]
    public void Generic_personal_data_is_pseudonymized_once_a_key_is_set()
    {
        var redactors = new PrivacyKitRedactors(new PrivacyKitRedactionOptions { PseudonymizationKey = Convert.ToBase64String(new byte[32]) });
        Assert.IsType<PseudonymizingRedactor>(redactors.For(PersonalDataKind.PersonalData));
    }
}
