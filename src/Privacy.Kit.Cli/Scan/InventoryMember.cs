namespace Privacy.Kit.Cli.Scan;

/// <summary>
/// A property, field or record parameter that holds personal data, with its kinds; <paramref name="Classified"/> is
/// false when only its name says so (no classification attribute yet).
/// </summary>
internal sealed record InventoryMember(string Name, IReadOnlyList<string> Kinds, bool Classified = true);
