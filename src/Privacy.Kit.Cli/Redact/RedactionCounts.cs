using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>How many items of each kind a redaction run replaced, for <c>--stats</c>.</summary>
internal sealed class RedactionCounts
{
    private readonly long[] byKind = new long[Enum.GetValues<DetectedDataKind>().Length];

    public long Total { get; private set; }

    public long this[DetectedDataKind kind] => byKind[(int)kind];

    public void Add(DetectedDataKind kind)
    {
        byKind[(int)kind]++;
        Total++;
    }

    /// <summary>Writes one line per kind and a total line.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var kind in Enum.GetValues<DetectedDataKind>())
        {
            writer.WriteLine($"{kind,-14} {this[kind],10}");
        }

        writer.WriteLine($"{"total",-14} {Total,10}");
    }
}
