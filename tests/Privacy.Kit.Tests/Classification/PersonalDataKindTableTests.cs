using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Privacy.Kit.Redaction;
using Privacy.Kit.Text;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Tests.Classification;

/// <summary>
/// The shared kinds table (src/Shared/Kinds) is the one list of kinds: every other place that knows the kinds must
/// agree with it, so a kind added in one place only fails here.
/// </summary>
public sealed class PersonalDataKindTableTests
{
    private static readonly Assembly Runtime = typeof(PrivacyTaxonomy).Assembly;

    [Fact]
    public void Rows_are_indexed_by_their_kind()
    {
        Assert.Equal(Enum.GetValues<PersonalDataKind>().Length, PersonalDataKindTable.All.Length);
        for (int i = 0; i < PersonalDataKindTable.All.Length; i++)
        {
            Assert.Equal((PersonalDataKind)i, PersonalDataKindTable.All[i].Kind);
        }
    }

    [Fact]
    public void Taxonomy_has_one_classification_per_row_and_nothing_else()
    {
        Dictionary<string, DataClassification> taxonomy = typeof(PrivacyTaxonomy)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(DataClassification))
            .ToDictionary(property => property.Name, property => (DataClassification)property.GetValue(null)!);

        Assert.Equal(TableNames(), taxonomy.Keys.Order(StringComparer.Ordinal));
        Assert.All(PersonalDataKindTable.All, row => Assert.Equal(new DataClassification(PrivacyTaxonomy.Name, row.Name), taxonomy[row.Name]));
    }

    [Fact]
    public void Every_classification_attribute_of_the_library_is_the_attribute_of_exactly_one_row()
    {
        Type[] attributes = Runtime.GetExportedTypes()
            .Where(type => type.IsSubclassOf(typeof(DataClassificationAttribute)))
            .ToArray();

        Assert.Equal(
            PersonalDataKindTable.All.Select(row => row.AttributeTypeName).Order(StringComparer.Ordinal),
            attributes.Select(type => type.Name).Order(StringComparer.Ordinal));
        Assert.All(attributes, type =>
        {
            Assert.True(PersonalDataKindTable.TryGetByAttribute(type.Name, out PersonalDataKindInfo row));
            var attribute = (DataClassificationAttribute)Activator.CreateInstance(type)!;
            Assert.Equal(PrivacyClassificationSets.Classification(row.Kind), attribute.Classification);
        });
    }

    [Fact]
    public void Every_kind_maps_to_the_default_redactor_its_row_names()
    {
        var redactors = new PrivacyKitRedactors(new PrivacyKitRedactionOptions { PseudonymizationKey = Convert.ToBase64String(new byte[32]) });
        Assert.All(PersonalDataKindTable.All, row => Assert.Equal(row.DefaultRedactor, redactors.For(row.Kind).GetType().Name));
    }

    [Fact]
    public void Vendor_policies_accept_exactly_the_kinds_of_the_table() =>
        Assert.Equal(TableNames(), PrivacyKinds.Names.Order(StringComparer.Ordinal));

    [Fact]
    public void Configuration_names_a_kind_by_its_row_name_in_any_case()
    {
        Assert.All(PersonalDataKindTable.All, row =>
        {
            Assert.True(PrivacyClassificationSets.TryGetKind(row.Name.ToUpperInvariant(), out PersonalDataKind kind));
            Assert.Equal(row.Kind, kind);
        });
    }

    [Fact]
    public void Heuristic_terms_are_lower_case_words_run_together_and_name_one_kind_each()
    {
        string[] terms = PersonalDataKindTable.All.SelectMany(row => row.Terms).ToArray();
        Assert.All(terms, term => Assert.Matches("^[a-z]+$", term));
        Assert.Equal(terms.Length, terms.Distinct(StringComparer.Ordinal).Count());
    }

    private static IEnumerable<string> TableNames() => PersonalDataKindTable.All.Select(row => row.Name).Order(StringComparer.Ordinal);
}
