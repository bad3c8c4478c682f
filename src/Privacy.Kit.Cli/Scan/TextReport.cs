namespace Privacy.Kit.Cli.Scan;

/// <summary>The human-readable report: findings in compiler format, then the inventory.</summary>
internal static class TextReport
{
    public static void Write(ScanResult result, TextWriter output)
    {
        foreach (var f in result.Findings)
        {
            output.WriteLine($"{f.File}({f.Line},{f.Column}): {f.SeverityName} {f.RuleId}: {f.Message}");
        }

        output.WriteLine(result.Findings.Count == 1 ? "1 finding." : $"{result.Findings.Count} findings.");
        output.WriteLine();
        var inventory = result.Inventory;
        output.WriteLine($"Personal data ({inventory.Types.Count} types):");
        foreach (var type in inventory.Types)
        {
            output.WriteLine($"  {type.Name} ({type.File})");
            foreach (var member in type.Members)
            {
                output.WriteLine($"    {member.Name}: {string.Join(", ", member.Kinds)}{(member.Classified ? string.Empty : " (recognised by name, unclassified)")}");
            }
        }

        output.WriteLine($"Vendor boundaries ({inventory.VendorBoundaries.Count}):");
        foreach (var boundary in inventory.VendorBoundaries)
        {
            output.WriteLine($"  {boundary.Vendor}: {boundary.Symbol} receives {(boundary.Kinds.Count == 0 ? "no classified parameter (check what its payloads carry)" : string.Join(", ", boundary.Kinds))}");
        }

        output.WriteLine($"Payloads sent through a data-sharing policy ({inventory.PolicyDisclosures.Count}):");
        foreach (var disclosure in inventory.PolicyDisclosures)
        {
            output.WriteLine($"  {disclosure.Vendor} for {disclosure.Purpose}: {disclosure.PayloadType} from {disclosure.Method}, holding {(disclosure.Kinds.Count == 0 ? "no classified data" : string.Join(", ", disclosure.Kinds))} before the policy filters it");
        }

        output.WriteLine($"Consent purposes ({inventory.ConsentPurposes.Count}):");
        foreach (var purpose in inventory.ConsentPurposes)
        {
            output.WriteLine($"  {purpose.Purpose}: {string.Join(", ", purpose.Methods)}");
        }
    }
}
