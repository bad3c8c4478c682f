namespace Privacy.Kit.Cli.Scan;

/// <summary>Where data leaves for a vendor, and the personal-data kinds its parameters can carry there.</summary>
internal sealed record InventoryVendorBoundary(string Vendor, string Symbol, string File, IReadOnlyList<string> Kinds);
