namespace Privacy.Kit.Cli.Scan;

/// <summary>A consent purpose and the methods that contact people for it.</summary>
internal sealed record InventoryConsentPurpose(string Purpose, IReadOnlyList<string> Methods);
