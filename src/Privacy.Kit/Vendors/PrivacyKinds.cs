using System.Collections.Frozen;

namespace Privacy.Kit.Vendors;

/// <summary>The names of the <see cref="PrivacyTaxonomy"/> kinds a policy may list.</summary>
internal static class PrivacyKinds
{
    public static FrozenSet<string> Names { get; } = PersonalDataKindTable.All.Select(row => row.Name).ToFrozenSet(StringComparer.Ordinal);
}
