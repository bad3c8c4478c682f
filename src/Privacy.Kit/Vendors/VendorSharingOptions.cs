namespace Privacy.Kit.Vendors;

/// <summary>Every vendor the organisation shares personal data with, by name.</summary>
public sealed class VendorSharingOptions
{
    /// <summary>The policies, keyed by vendor name.</summary>
    public IDictionary<string, VendorPolicy> Vendors { get; } = new Dictionary<string, VendorPolicy>(StringComparer.OrdinalIgnoreCase);
}
