using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks personal data with no more specific kind: a customer id, a reference that identifies a person.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.PersonalData"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class PersonalDataAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="PersonalDataAttribute"/> class.</summary>
    public PersonalDataAttribute()
        : base(PrivacyTaxonomy.PersonalData)
    {
    }
}
