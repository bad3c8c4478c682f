using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks special-category personal data (GDPR Art. 9): health, ethnicity, religion, political opinion, union membership, genetics, biometrics, sex life.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.SpecialCategory"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class SensitivePersonalDataAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="SensitivePersonalDataAttribute"/> class.</summary>
    public SensitivePersonalDataAttribute()
        : base(PrivacyTaxonomy.SpecialCategory)
    {
    }
}
