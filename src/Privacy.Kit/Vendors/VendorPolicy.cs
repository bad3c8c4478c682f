namespace Privacy.Kit.Vendors;

/// <summary>
/// A vendor's data-sharing policy: the data processing agreement as code. Define it in code or bind it from configuration
/// (<c>PrivacyKit:Vendors:{name}</c>); an invalid policy stops the application at startup with an error naming the field.
/// </summary>
public sealed class VendorPolicy
{
    /// <summary>The vendor's legal entity, as named in the data processing agreement.</summary>
    public string? LegalEntity { get; set; }

    /// <summary>The vendor's role.</summary>
    public VendorRole Role { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries where the vendor processes the data.</summary>
    public IList<string> Countries { get; } = new List<string>();

    /// <summary>The transfer mechanism; required when any country lies outside the European Economic Area.</summary>
    public TransferMechanism TransferMechanism { get; set; }

    /// <summary>How long the vendor may keep the data.</summary>
    public TimeSpan Retention { get; set; }

    /// <summary>What payloads do with unclassified properties whose names say personal data; <see cref="UnclassifiedPersonalData.Deny"/> by default.</summary>
    public UnclassifiedPersonalData UnclassifiedPersonalData { get; set; }

    /// <summary>The kinds the vendor may receive, per purpose.</summary>
    public IDictionary<string, VendorPurposePolicy> Purposes { get; } = new Dictionary<string, VendorPurposePolicy>(StringComparer.OrdinalIgnoreCase);
}
