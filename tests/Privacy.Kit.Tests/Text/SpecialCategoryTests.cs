using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

/// <summary>Special categories of personal data (GDPR Art. 9) written in notes: found by term, reported as their own kind.</summary>
public sealed class SpecialCategoryTests
{
    [Theory]
    [InlineData("klant heeft diabetes en belt later terug", "diabetes")]
    [InlineData("meneer is lid van de vakbond, wil info over staking", "lid van de vakbond")]
    [InlineData("caller mentioned she is pregnant", "pregnant")]
    [InlineData("mevrouw is moslim en vraagt naar halal opties", "moslim")]
    [InlineData("customer said he is gay and felt discriminated", "gay")]
    [InlineData("van Marokkaanse afkomst volgens de klant", "afkomst")]
    [InlineData("Klant heeft DEPRESSIE gemeld", "DEPRESSIE")]
    public void Terms_of_a_special_category_are_found(string text, string term)
    {
        Assert.Equal((term, PersonalDataKind.SpecialCategory), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("klant wil zijn abonnement opzeggen")]
    [InlineData("account disabled after three attempts")]
    [InlineData("Christian belde over de factuur")]
    [InlineData("de homepage laadt niet")]
    [InlineData("de kankerbestrijding collecte")]
    [InlineData("strokes of luck and a union of two sets")]
    public void Everyday_words_and_words_that_only_contain_a_term_are_not_special_categories(string text)
    {
        Assert.DoesNotContain(Scanned.Items(text), item => item.Kind == PersonalDataKind.SpecialCategory);
    }

    [Fact]
    public void Special_categories_map_to_the_taxonomy_classification()
    {
        Assert.Equal(PrivacyTaxonomy.SpecialCategory, PersonalDataKind.SpecialCategory.ToClassification());
    }
}
