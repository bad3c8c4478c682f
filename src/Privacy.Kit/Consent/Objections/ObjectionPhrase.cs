namespace Privacy.Kit.Consent;

/// <summary>
/// One objection phrase family, written as words separated by spaces: <c>a|b</c> accepts either word and a
/// trailing <c>?</c> makes a word optional, for example <c>bel|belt u|je? me|mij niet meer</c>.
/// </summary>
internal sealed class ObjectionPhrase
{
    private readonly string[][] _slots;
    private readonly bool[] _optional;

    public ObjectionPhrase(string language, string name, string pattern)
    {
        Language = language;
        Name = name;
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _slots = new string[parts.Length][];
        _optional = new bool[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            _optional[i] = parts[i].EndsWith('?');
            _slots[i] = parts[i].TrimEnd('?').Split('|');
        }

        if (_optional[0])
        {
            throw new ArgumentException("A phrase must start with a required word.", nameof(pattern));
        }
    }

    public string Language { get; }

    public string Name { get; }

    /// <summary>The first letters a phrase can start with, to skip phrases that cannot match a word.</summary>
    public IEnumerable<char> FirstLetters => _slots[0].Select(word => word[0]);

    /// <summary>Matches the phrase at the word starting at <paramref name="start"/>; fillers such as "please" may sit between words.</summary>
    /// <returns>The end of the match (exclusive), or -1.</returns>
    public int Match(ReadOnlySpan<char> text, int start)
    {
        var position = start;
        var end = -1;
        for (var slot = 0; slot < _slots.Length; slot++)
        {
            var (wordStart, wordEnd) = ObjectionDetector.NextWord(text, position);
            while (slot > 0 && wordStart >= 0 && ObjectionDetector.IsFiller(text[wordStart..wordEnd]))
            {
                (wordStart, wordEnd) = ObjectionDetector.NextWord(text, wordEnd);
            }

            if (wordStart >= 0 && (slot > 0 || wordStart == start) && Accepts(_slots[slot], text[wordStart..wordEnd]))
            {
                position = end = wordEnd;
            }
            else if (!_optional[slot])
            {
                return -1;
            }
        }

        return end;
    }

    private static bool Accepts(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var candidate in words)
        {
            if (ObjectionDetector.SameWord(word, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
