using System.Buffers;

namespace Privacy.Kit.Text;

/// <summary>Where a token may start and end, so "A123456782", "123456782-B" and "v1.2.3.4.5" are never read as items.</summary>
internal static class TextBoundaries
{
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>
    /// Whether every character of <paramref name="text"/> is an ASCII digit. The digit searches here use
    /// <see cref="SearchValues{T}"/>: on .NET 10 the <c>*InRange</c> span methods allocate 96 bytes a call until tiered
    /// compilation has optimized their caller, which a short command-line run never reaches.
    /// </summary>
    public static bool IsAsciiDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(AsciiDigits);

    /// <summary>The index of the first ASCII digit in <paramref name="text"/>, or -1 when it has none.</summary>
    public static int IndexOfAsciiDigit(ReadOnlySpan<char> text) => text.IndexOfAny(AsciiDigits);

    /// <summary>Whether an item may start at <paramref name="start"/>: not inside a word, a code or a longer number.</summary>
    public static bool IsStartOfToken(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var previous = text[start - 1];
        if (IsWordCharacter(previous) || previous is '_' or '@' or '+')
        {
            return false;
        }

        if (start < 2)
        {
            return true;
        }

        var beforePrevious = text[start - 2];
        return previous switch
        {
            '-' or '/' or '_' or '\\' => !IsWordCharacter(beforePrevious),
            '.' or ',' or ':' => !char.IsAsciiDigit(beforePrevious),
            _ => true,
        };
    }

    /// <summary>Whether an item may end just before <paramref name="end"/>: not followed by more of a word, code or number.</summary>
    public static bool IsEndOfToken(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var next = text[end];
        if (IsWordCharacter(next) || next is '_' or '@')
        {
            return false;
        }

        return next is not ('.' or ',' or '-' or '/' or ':') || end + 1 >= text.Length || !IsWordCharacter(text[end + 1]);
    }

    /// <summary>
    /// Whether a character continues a word an item cannot be part of: a digit or a letter of a Latin-script word.
    /// Letters of other scripts (CJK, Cyrillic, Arabic, ...) end a word, because those languages write numbers and
    /// addresses straight after their words ("我的电话号是0644444444").
    /// </summary>
    public static bool IsWordCharacter(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' ? char.IsLetterOrDigit(c) : char.IsDigit(c);
}
