using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// The analyzers cannot reference Privacy.Kit.dll: they see the kinds through their own copy of the shared table
/// (src/Shared/Kinds). That copy must describe the library the users reference, attribute by attribute.
/// </summary>
public sealed class KindTableTests
{
    private static readonly Assembly Runtime = typeof(PrivacyTaxonomy).Assembly;

    [Fact]
    public void The_analyzers_know_exactly_the_kinds_of_the_runtime_taxonomy()
    {
        var taxonomy = typeof(PrivacyTaxonomy).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(DataClassification))
            .Select(property => ((DataClassification)property.GetValue(null)!).Value);

        Assert.Equal(taxonomy.Order(StringComparer.Ordinal), PersonalDataKinds.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_attribute_of_the_runtime_is_read_as_the_kind_it_carries()
    {
        var attributes = Runtime.GetExportedTypes().Where(type => type.IsSubclassOf(typeof(DataClassificationAttribute))).ToArray();

        Assert.Equal(PersonalDataKinds.All.Length, attributes.Length);
        Assert.All(attributes, type =>
        {
            var classification = ((DataClassificationAttribute)Activator.CreateInstance(type)!).Classification;
            Assert.Equal(classification.Value, PersonalDataKinds.FromAttributeName(type.Name));
            Assert.Equal(type.Name, PersonalDataKinds.AttributeNameFor(classification.Value) + "Attribute");
        });
    }

    [Fact]
    public void Every_heuristic_kind_is_a_kind_of_the_runtime() =>
        Assert.All(PersonalDataKindTable.All.Where(row => row.Terms.Length > 0), row =>
            Assert.All(row.Terms, term => Assert.Equal(row.Name, NameHeuristics.Default.Match(term))));
}
