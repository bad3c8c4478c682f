using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit.Tests.Classification;

public class TaxonomyTests
{
    public static TheoryData<Type, string> AttributeKinds()
    {
        var data = new TheoryData<Type, string>();
        foreach (PersonalDataKindInfo row in PersonalDataKindTable.All)
        {
            data.Add(typeof(PrivacyTaxonomy).Assembly.GetType($"Privacy.Kit.{row.AttributeTypeName}", throwOnError: true)!, row.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AttributeKinds))]
    public void Attribute_carries_its_kind_in_the_privacy_kit_taxonomy(Type attributeType, string kind)
    {
        // The logging generator emits "new XAttribute().Classification": a public parameterless constructor is required.
        var attribute = (DataClassificationAttribute)Activator.CreateInstance(attributeType)!;
        Assert.Equal(new DataClassification(PrivacyTaxonomy.Name, kind), attribute.Classification);
        Assert.True(attributeType.IsSealed);
    }

    [Theory]
    [MemberData(nameof(AttributeKinds))]
    public void Attribute_can_mark_members_parameters_return_values_and_types(Type attributeType, string kind)
    {
        AttributeUsageAttribute usage = attributeType.GetCustomAttribute<AttributeUsageAttribute>()!;
        AttributeTargets required = AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter |
                                    AttributeTargets.ReturnValue | AttributeTargets.Class | AttributeTargets.Struct;
        Assert.Equal(required, usage.ValidOn & required);
        Assert.NotEmpty(kind);
    }

    [Fact]
    public void Attribute_names_never_collide_with_data_annotations()
    {
        string[] dataAnnotations = ["EmailAddressAttribute", "PhoneAttribute", "CreditCardAttribute", "UrlAttribute"];
        IEnumerable<string> ours = typeof(PrivacyTaxonomy).Assembly.GetExportedTypes().Select(t => t.Name);
        Assert.Empty(ours.Intersect(dataAnnotations));
    }

    [Fact]
    public void Notes_are_kept_for_the_audit()
    {
        var attribute = new NationalIdAttribute { Notes = "BSN, needed for the tax office" };
        Assert.Equal("BSN, needed for the tax office", attribute.Notes);
    }
}
