using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a telephone number.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.PhoneNumber"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class PhoneNumberAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="PhoneNumberAttribute"/> class.</summary>
    public PhoneNumberAttribute()
        : base(PrivacyTaxonomy.PhoneNumber)
    {
    }
}
