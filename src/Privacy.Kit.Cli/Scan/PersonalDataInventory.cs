namespace Privacy.Kit.Cli.Scan;

/// <summary>The data map of the scanned code: what personal data it holds, where it goes, and which consent it needs.</summary>
internal sealed record PersonalDataInventory(
    IReadOnlyList<InventoryType> Types,
    IReadOnlyList<InventoryVendorBoundary> VendorBoundaries,
    IReadOnlyList<InventoryDisclosure> PolicyDisclosures,
    IReadOnlyList<InventoryConsentPurpose> ConsentPurposes);
