using System.Collections.Frozen;

namespace Privacy.Kit.Vendors;

/// <summary>
/// The countries outside the European Economic Area with an adequacy decision of the European Commission (GDPR
/// Art. 45). The United States decision covers only organisations certified under the EU-US Data Privacy Framework,
/// and Canada's only organisations under its federal private-sector law: the controller still checks the vendor.
/// </summary>
internal static class AdequacyDecisions
{
    public static FrozenSet<string> Countries { get; } = new[]
    {
        "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY",
    }.ToFrozenSet(StringComparer.Ordinal);
}
