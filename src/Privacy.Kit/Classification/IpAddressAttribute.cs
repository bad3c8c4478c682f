using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks an IPv4 or IPv6 address, which is personal data in the EU.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.IpAddress"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class IpAddressAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="IpAddressAttribute"/> class.</summary>
    public IpAddressAttribute()
        : base(PrivacyTaxonomy.IpAddress)
    {
    }
}
