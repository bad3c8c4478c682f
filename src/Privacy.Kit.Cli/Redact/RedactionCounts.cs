using Privacy.Kit.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>Prints how many items of each kind a redaction replaced, for <c>--stats</c>.</summary>
internal static class RedactionCounts
{
    /// <summary>Writes one line per kind and a total line.</summary>
    public static void WriteTo(this TextRedactionCounts counts, TextWriter writer)
    {
        foreach (var kind in PersonalDataScanner.Kinds)
        {
            writer.WriteLine($"{kind,-14} {counts[kind],10}");
        }

        writer.WriteLine($"{"total",-14} {counts.Total,10}");
    }
}
