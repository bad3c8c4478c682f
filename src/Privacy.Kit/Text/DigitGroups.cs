namespace Privacy.Kit.Text;

/// <summary>
/// A run of digit groups as people type numbers: "06 12 34 56 78", "1234.56.782", "4111-1111-1111-1111",
/// "+31 (0)6 1234 5678". Parsed once per candidate; each recognizer then asks whether the first k groups have its shape.
/// </summary>
internal ref struct DigitGroups
{
    /// <summary>The most groups a recognizer looks at (an IBAN-free card or phone has at most eight).</summary>
    public const int MaxGroups = 10;

    private const int MaxSeparatorLength = 3;
    private const int MaxDigits = 24;

    private readonly ReadOnlySpan<char> text;
    private readonly Span<int> bounds;

    private DigitGroups(ReadOnlySpan<char> text, Span<int> bounds)
    {
        this.text = text;
        this.bounds = bounds;
        Count = 0;
    }

    /// <summary>Gets the number of groups parsed.</summary>
    public int Count { get; private set; }

    /// <summary>Parses the groups starting at a digit.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">The index of the first digit.</param>
    /// <param name="bounds">Scratch space for <see cref="MaxGroups"/> start/end pairs.</param>
    public static DigitGroups Parse(ReadOnlySpan<char> text, int start, Span<int> bounds)
    {
        var groups = new DigitGroups(text, bounds);
        var digits = 0;
        var i = start;
        while (groups.Count < MaxGroups)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            digits += i - groupStart;
            bounds[groups.Count * 2] = groupStart;
            bounds[(groups.Count * 2) + 1] = i;
            groups.Count++;

            var next = SeparatorEnd(text, i);
            if (next == i || next >= text.Length || !char.IsAsciiDigit(text[next]) || digits >= MaxDigits)
            {
                break;
            }

            i = next;
        }

        return groups;
    }

    /// <summary>Gets the index of the first digit of a group.</summary>
    public readonly int Start(int group) => bounds[group * 2];

    /// <summary>Gets the index just past the last digit of a group.</summary>
    public readonly int End(int group) => bounds[(group * 2) + 1];

    /// <summary>Gets the number of digits in a group.</summary>
    public readonly int Length(int group) => End(group) - Start(group);

    /// <summary>Gets the separator typed before a group (empty for the first).</summary>
    public readonly ReadOnlySpan<char> SeparatorBefore(int group) => group == 0 ? default : text[End(group - 1)..Start(group)];

    /// <summary>Gets the digits of one group.</summary>
    public readonly ReadOnlySpan<char> Digits(int group) => text[Start(group)..End(group)];

    /// <summary>The match spanning the first <paramref name="groups"/> groups; none when <paramref name="confidence"/> is 0.</summary>
    public readonly PersonalDataMatch ToMatch(int groups, PersonalDataKind kind, MatchConfidence confidence) =>
        confidence == 0 ? default : new PersonalDataMatch(Start(0), End(groups - 1) - Start(0), kind, confidence);

    /// <summary>Counts the digits in the first <paramref name="groups"/> groups.</summary>
    public readonly int DigitCount(int groups)
    {
        var count = 0;
        for (var g = 0; g < groups; g++)
        {
            count += Length(g);
        }

        return count;
    }

    /// <summary>Copies the digit values of groups [from, to) into <paramref name="destination"/> and returns how many.</summary>
    public readonly int CopyDigits(int from, int to, Span<byte> destination)
    {
        var n = 0;
        for (var g = from; g < to; g++)
        {
            foreach (var c in Digits(g))
            {
                if (n == destination.Length)
                {
                    return n;
                }

                destination[n++] = (byte)(c - '0');
            }
        }

        return n;
    }

    /// <summary>
    /// Whether the first <paramref name="groups"/> groups are all joined by the same single character, one of
    /// <paramref name="allowed"/>.
    /// </summary>
    public readonly bool HasUniformSeparator(int groups, ReadOnlySpan<char> allowed)
    {
        if (groups < 2)
        {
            return true;
        }

        var first = SeparatorBefore(1);
        if (first.Length != 1 || !allowed.Contains(first[0]))
        {
            return false;
        }

        for (var g = 2; g < groups; g++)
        {
            var separator = SeparatorBefore(g);
            if (separator.Length != 1 || separator[0] != first[0])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the whole run is more than <paramref name="maxDigits"/> digits in blocks of one width (at least three;
    /// the last block may be shorter) joined by one separator: "0102 0000 0012 1002 9690", the tail of an account or
    /// card number, never a shorter item followed by more digits.
    /// </summary>
    public readonly bool IsLongBlockRun(int maxDigits)
    {
        if (Count < 3 || DigitCount(Count) <= maxDigits || !HasUniformSeparator(Count, " -."))
        {
            return false;
        }

        var width = Length(0);
        if (width < 3 || Length(Count - 1) > width)
        {
            return false;
        }

        for (var g = 1; g < Count - 1; g++)
        {
            if (Length(g) != width)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an item may end after the first <paramref name="groups"/> groups: at the end of the run, or where the
    /// next group is set apart by white space (a second number), never inside "12-34" or "1.234".
    /// </summary>
    public readonly bool EndsCleanlyAfter(int groups)
    {
        if (groups == Count)
        {
            return TextBoundaries.IsEndOfToken(text, End(groups - 1));
        }

        var separator = SeparatorBefore(groups);
        return separator.ContainsAny(' ', '\u00A0') && separator[0] is not '-' and not '/';
    }

    private static int SeparatorEnd(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length && end - i < MaxSeparatorLength && text[end] is ' ' or '-' or '.' or '/' or '(' or ')' or '\u00A0')
        {
            end++;
        }

        return end;
    }
}
