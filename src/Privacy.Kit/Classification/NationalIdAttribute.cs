using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a national identification number such as the Dutch BSN or the Belgian national number.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.NationalId"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class NationalIdAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="NationalIdAttribute"/> class.</summary>
    public NationalIdAttribute()
        : base(PrivacyTaxonomy.NationalId)
    {
    }
}
