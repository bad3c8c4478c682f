using System.Buffers;

namespace Privacy.Kit.Text;

/// <summary>
/// E-mail addresses found from their @: a local part before it and, after it, a dotted domain whose top-level label is
/// letters or punycode (<c>xn--p1ai</c>), or an address literal in brackets (<c>j@[129.126.118.1]</c>, <c>j@[IPv6:2001:db8::1]</c>).
/// </summary>
internal static class EmailAddresses
{
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxLiteralLength = 45;

    private static readonly SearchValues<char> PunycodeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
    private static readonly SearchValues<char> Ipv4Characters = SearchValues.Create("0123456789.");
    private static readonly SearchValues<char> Ipv6Characters = SearchValues.Create("0123456789abcdefABCDEF:.");

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

        var end = at + 1 < text.Length && text[at + 1] == '[' ? AddressLiteralEnd(text, at + 2) : DomainEnd(text, at + 1);
        return end < 0 ? default : new PersonalDataMatch(start, end - start, PersonalDataKind.EmailAddress, MatchConfidence.High);
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

        // A top-level domain is letters, or an internationalised one in punycode ("xn--p1ai").
        var topLevel = text[lastLabelStart..i];
        if (topLevel.Length > 4 && topLevel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return topLevel[4..].ContainsAnyExcept(PunycodeCharacters) ? -1 : i;
        }

        foreach (var c in topLevel)
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        return i;
    }

    /// <summary>The end of "[129.126.118.1]" or "[IPv6:...]" whose first character after the bracket is at <paramref name="start"/>, or -1.</summary>
    private static int AddressLiteralEnd(ReadOnlySpan<char> text, int start)
    {
        var close = text[start..].IndexOf(']');
        if (close < 7 || close > MaxLiteralLength)
        {
            return -1;
        }

        var literal = text.Slice(start, close);
        var valid = literal.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase)
            ? !literal[5..].ContainsAnyExcept(Ipv6Characters)
            : !literal.ContainsAnyExcept(Ipv4Characters) && literal.Count('.') == 3;
        return valid ? start + close + 1 : -1;
    }

    private static bool IsLocalCharacter(char c) => TextBoundaries.IsWordCharacter(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';
}
