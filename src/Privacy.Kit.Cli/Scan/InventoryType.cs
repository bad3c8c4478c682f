namespace Privacy.Kit.Cli.Scan;

/// <summary>A type that holds personal data: its classified members.</summary>
internal sealed record InventoryType(string Name, string File, IReadOnlyList<InventoryMember> Members)
{
    public IEnumerable<string> Kinds => Members.SelectMany(m => m.Kinds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
