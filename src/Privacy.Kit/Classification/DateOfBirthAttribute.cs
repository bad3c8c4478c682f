using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a date of birth.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.DateOfBirth"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class DateOfBirthAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="DateOfBirthAttribute"/> class.</summary>
    public DateOfBirthAttribute()
        : base(PrivacyTaxonomy.DateOfBirth)
    {
    }
}
