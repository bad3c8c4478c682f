namespace Privacy.Kit.Text;

/// <summary>E-mail addresses found from their @: a local part before it and a dotted domain with a letter TLD after it.</summary>
internal static class EmailAddresses
{
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;

    /// <summary>Matches the address around the @ at <paramref name="at"/>, starting no earlier than <paramref name="minStart"/>.</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, int at, int minStart)
    {
        var start = at;
        while (start > minStart && at - start < MaxLocalLength && IsLocalCharacter(text[start - 1]))
        {
            start--;
        }

        // RFC 5322: a dot-atom local part neither starts nor ends with a dot nor has two in a row ("a..bc@", ".abc@").
        if (start == at || text[start] == '.' || text[at - 1] == '.' || text[start..at].IndexOf("..", StringComparison.Ordinal) >= 0)
        {
            return default;
        }

        var end = DomainEnd(text, at + 1);
        return end < 0 ? default : new PersonalDataMatch(start, end - start, DetectedDataKind.EmailAddress, MatchConfidence.High);
    }

    private static int DomainEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var labelStart = i;
        var lastLabelStart = -1;
        while (i < text.Length && i - start < MaxDomainLength)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (c == '-' && i > labelStart))
            {
                i++;
            }
            else if (c == '.' && i > labelStart && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                lastLabelStart = i;
                labelStart = i;
            }
            else
            {
                break;
            }
        }

        while (i > labelStart && text[i - 1] == '-')
        {
            i--;
        }

        if (lastLabelStart < 0 || i - lastLabelStart < 2 || (i < text.Length && text[i] == '@'))
        {
            return -1;
        }

        foreach (var c in text[lastLabelStart..i])
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        return i;
    }

    private static bool IsLocalCharacter(char c) => TextBoundaries.IsWordCharacter(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';
}
