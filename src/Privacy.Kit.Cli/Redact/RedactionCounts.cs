using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>How many items of each kind a redaction run replaced, for <c>--stats</c>.</summary>
internal sealed class RedactionCounts
{
    private readonly long[] byKind = new long[Enum.GetValues<PersonalDataKind>().Length];

    public long Total { get; private set; }

    public long this[PersonalDataKind kind] => byKind[(int)kind];

    public void Add(PersonalDataKind kind)
    {
        byKind[(int)kind]++;
        Total++;
    }

    /// <summary>Writes one line per kind and a total line.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            writer.WriteLine($"{kind,-14} {this[kind],10}");
        }

        writer.WriteLine($"{"total",-14} {Total,10}");
    }
}
