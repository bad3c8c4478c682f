namespace Privacy.Kit.Cli.Scan;

/// <summary>What a scan found: the analyzer findings and the inventory.</summary>
internal sealed record ScanResult(string Root, IReadOnlyList<Finding> Findings, PersonalDataInventory Inventory)
{
    public bool Fails => Findings.Any(f => f.FailsTheScan);
}
