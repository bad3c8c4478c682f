namespace Privacy.Kit.Text;

/// <summary>Reads the words of a transcript one at a time, on the same line: the shared steps of the word recognizers.</summary>
internal static class SpokenWords
{
    /// <summary>The end of the letter word starting at <paramref name="start"/> (letters with inner hyphens or apostrophes).</summary>
    public static int LetterWordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '\u2019' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips spaces (never a line break) from <paramref name="i"/>; at most <paramref name="max"/> characters.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int i, int max = 3)
    {
        var start = i;
        while (i < text.Length && i - start < max && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i;
    }

    /// <summary>The start of the letter word that ends at <paramref name="end"/>, or <paramref name="end"/> when a letter does not end there.</summary>
    public static int LetterWordStart(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] is '-' or '\'' or '\u2019' && i - 1 > 0 && i < end && char.IsLetter(text[i - 2]))))
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool IsAny(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
