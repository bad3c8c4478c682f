using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>How many personal-data items of each kind a streaming redaction replaced.</summary>
public sealed class TextRedactionCounts
{
    private readonly long[] byKind = new long[KindCount];

    internal TextRedactionCounts()
    {
    }

    /// <summary>Gets the number of kinds the scanner reports, the length of a per-kind count array.</summary>
    internal static int KindCount { get; } = Enum.GetValues<PersonalDataKind>().Length;

    /// <summary>Gets the number of items replaced, of every kind.</summary>
    public long Total { get; private set; }

    /// <summary>Gets the number of items of <paramref name="kind"/> replaced.</summary>
    /// <param name="kind">The kind of personal data.</param>
    /// <returns>The count; 0 for a value that is not a defined kind.</returns>
    public long this[PersonalDataKind kind] => (int)kind < byKind.Length ? byKind[(int)kind] : 0;

    /// <summary>Adds per-kind counts (indexed by <see cref="PersonalDataKind"/>).</summary>
    internal void Add(ReadOnlySpan<long> counts)
    {
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            byKind[kind] += counts[kind];
            Total += counts[kind];
        }
    }
}
