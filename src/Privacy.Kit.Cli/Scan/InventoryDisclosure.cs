namespace Privacy.Kit.Cli.Scan;

/// <summary>
/// A payload sent through <c>VendorSharing.DiscloseAsync</c>: the vendor and purpose whose data-sharing policy filters
/// it, the payload type, the kinds that type holds before the filter, and the method that sends it.
/// </summary>
internal sealed record InventoryDisclosure(string Vendor, string Purpose, string PayloadType, IReadOnlyList<string> Kinds, string Method, string File);
