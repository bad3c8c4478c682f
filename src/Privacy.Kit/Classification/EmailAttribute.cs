using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks an e-mail address. Named <c>Email</c> so it never collides with <c>System.ComponentModel.DataAnnotations.EmailAddressAttribute</c>.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.EmailAddress"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class EmailAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="EmailAttribute"/> class.</summary>
    public EmailAttribute()
        : base(PrivacyTaxonomy.EmailAddress)
    {
    }
}
