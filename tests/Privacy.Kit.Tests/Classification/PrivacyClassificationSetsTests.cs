using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit.Tests.Classification;

public class PrivacyClassificationSetsTests
{
    [Fact]
    public void Every_kind_has_one_cached_set_of_its_classification()
    {
        foreach (PersonalDataKind kind in PrivacyClassificationSets.Kinds)
        {
            DataClassification classification = PrivacyClassificationSets.Classification(kind);
            Assert.Equal(kind.ToString(), classification.Value);
            Assert.Equal(new DataClassificationSet(classification), PrivacyClassificationSets.Set(kind));
            Assert.Same(PrivacyClassificationSets.Set(kind), PrivacyClassificationSets.Set(kind));
        }
    }

    [Fact]
    public void Kind_is_found_from_classification_set_and_name()
    {
        Assert.True(PrivacyClassificationSets.TryGetKind(PrivacyTaxonomy.PaymentCard, out PersonalDataKind byClassification));
        Assert.True(PrivacyClassificationSets.TryGetKind(new DataClassificationSet(PrivacyTaxonomy.PaymentCard), out PersonalDataKind bySet));
        Assert.True(PrivacyClassificationSets.TryGetKind("paymentcard", out PersonalDataKind byName));
        Assert.All(new[] { byClassification, bySet, byName }, kind => Assert.Equal(PersonalDataKind.PaymentCard, kind));
    }

    [Fact]
    public void Classification_of_another_taxonomy_is_not_a_kind() =>
        Assert.False(PrivacyClassificationSets.TryGetKind(new DataClassification("Other", "PaymentCard"), out _));

    [Fact]
    public void Kind_lookup_allocates_nothing()
    {
        PrivacyClassificationSets.TryGetKind(PrivacyTaxonomy.EmailAddress, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            PrivacyClassificationSets.TryGetKind(PrivacyTaxonomy.EmailAddress, out _);
            PrivacyClassificationSets.Set(PersonalDataKind.EmailAddress);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Union_with_a_privacy_kit_classification_is_recognised()
    {
        var union = new DataClassificationSet(PrivacyTaxonomy.PhoneNumber, new DataClassification("Other", "Secret"));
        Assert.True(PrivacyClassificationSets.ContainsPrivacyKitClassification(union));
        Assert.False(PrivacyClassificationSets.ContainsPrivacyKitClassification(new DataClassificationSet(new DataClassification("Other", "Secret"))));
    }
}
