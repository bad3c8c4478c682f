namespace Privacy.Kit.Cli.Scan;

/// <summary>A property, field or record parameter that holds personal data, with its kinds.</summary>
internal sealed record InventoryMember(string Name, IReadOnlyList<string> Kinds);
