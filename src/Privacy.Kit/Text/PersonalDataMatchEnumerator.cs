namespace Privacy.Kit.Text;

/// <summary>
/// Enumerates the personal-data items in a text, in order, without allocating: the scanner fills a small inline batch
/// and continues after its last match when the batch is used up.
/// </summary>
public ref struct PersonalDataMatchEnumerator
{
    private readonly ReadOnlySpan<char> text;
    private MatchBatch batch;
    private int count;
    private int index;
    private bool more;
    private int nextCue = PersonalDataScanner.CueNotSearched;

    internal PersonalDataMatchEnumerator(ReadOnlySpan<char> text)
    {
        this.text = text;
        count = PersonalDataScanner.Scan(text, batch, 0, ref nextCue, WordCues.Default);
        index = -1;
        more = count == MatchBatch.Capacity;
    }

    /// <summary>Gets the current match.</summary>
    public readonly PersonalDataMatch Current => batch[index];

    /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly PersonalDataMatchEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next match.</summary>
    /// <returns><see langword="true"/> while there is a match.</returns>
    public bool MoveNext()
    {
        if (++index < count)
        {
            return true;
        }

        if (!more)
        {
            return false;
        }

        var from = batch[count - 1].End;
        count = PersonalDataScanner.Scan(text, batch, from, ref nextCue, WordCues.Default);
        more = count == MatchBatch.Capacity;
        index = 0;
        return count > 0;
    }
}
