using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a person's name: given, family or full name.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.PersonName"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class PersonNameAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="PersonNameAttribute"/> class.</summary>
    public PersonNameAttribute()
        : base(PrivacyTaxonomy.PersonName)
    {
    }
}
