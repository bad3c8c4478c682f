using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks free text that may hold any personal data: call notes, transcripts, chat messages.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.FreeText"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class FreeTextAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="FreeTextAttribute"/> class.</summary>
    public FreeTextAttribute()
        : base(PrivacyTaxonomy.FreeText)
    {
    }
}
