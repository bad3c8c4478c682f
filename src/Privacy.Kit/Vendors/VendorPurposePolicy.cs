namespace Privacy.Kit.Vendors;

/// <summary>The personal-data kinds a vendor may receive for one purpose.</summary>
/// <remarks>Kinds are <see cref="PrivacyTaxonomy"/> names such as <c>PersonName</c>; every kind not listed is omitted.</remarks>
public sealed class VendorPurposePolicy
{
    /// <summary>Kinds sent as they are.</summary>
    public IList<string> Allow { get; } = new List<string>();

    /// <summary>Kinds sent redacted with the kind's redactor (omitted when no redactor is registered or the value is not text).</summary>
    public IList<string> Redact { get; } = new List<string>();
}
