using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a postal address or any part of it: street, house number, postcode, city.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.PostalAddress"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class PostalAddressAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="PostalAddressAttribute"/> class.</summary>
    public PostalAddressAttribute()
        : base(PrivacyTaxonomy.PostalAddress)
    {
    }
}
