namespace Privacy.Kit;

/// <summary>
/// Marks where data leaves the organisation for a third party (a processor such as a contact center, CRM, dialer or
/// transcription service): everything passed to this interface, class, method or parameter is disclosed to that vendor.
/// </summary>
[AttributeUsage(
    AttributeTargets.Interface | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Parameter,
    AllowMultiple = false,
    Inherited = true)]
public sealed class VendorBoundaryAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="VendorBoundaryAttribute"/> class.</summary>
    public VendorBoundaryAttribute()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VendorBoundaryAttribute"/> class naming the vendor.</summary>
    /// <param name="vendor">The vendor that receives the data, as named in its data processing agreement.</param>
    public VendorBoundaryAttribute(string vendor)
    {
        Vendor = vendor;
    }

    /// <summary>The vendor that receives the data, as named in its data processing agreement; <see langword="null"/> when unnamed.</summary>
    public string? Vendor { get; }
}
