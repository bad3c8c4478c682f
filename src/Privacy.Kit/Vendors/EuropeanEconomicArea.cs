using System.Collections.Frozen;

namespace Privacy.Kit.Vendors;

/// <summary>The member states of the European Economic Area, between which personal data moves freely.</summary>
internal static class EuropeanEconomicArea
{
    public static FrozenSet<string> Countries { get; } = new[]
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    }.ToFrozenSet(StringComparer.Ordinal);
}
