namespace Privacy.Kit.Text;

/// <summary>IPv4 (four octets up to 255) and IPv6 (RFC 4291 text forms, "::" once, an IPv4 tail allowed).</summary>
internal static class IpAddresses
{
    /// <summary>Matches dotted IPv4 made of the first four groups; a version-number cue ("versie 10.0.0.1") rules it out.</summary>
    public static PersonalDataMatch MatchIpv4(in DigitGroups groups, ContextCue cue)
    {
        if (groups.Count < 4 || !groups.HasUniformSeparator(4, ".") || !groups.EndsCleanlyAfter(4) || cue == ContextCue.Reference)
        {
            return default;
        }

        for (var g = 0; g < 4; g++)
        {
            if (!IsOctet(groups.Digits(g)))
            {
                return default;
            }
        }

        return groups.ToMatch(4, DetectedDataKind.IpAddress, MatchConfidence.High);
    }

    /// <summary>Matches an IPv6 address around the colon at <paramref name="colon"/>, starting no earlier than <paramref name="minStart"/>.</summary>
    public static PersonalDataMatch MatchIpv6(ReadOnlySpan<char> text, int colon, int minStart)
    {
        var start = colon;
        while (start > minStart && colon - start < 4 && char.IsAsciiHexDigit(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && (TextBoundaries.IsWordCharacter(text[start - 1]) || text[start - 1] is ':' or '.' or '_'))
        {
            return default;
        }

        var end = Ipv6End(text, start);
        return end > 0 && TextBoundaries.IsEndOfToken(text, end)
            ? new PersonalDataMatch(start, end - start, DetectedDataKind.IpAddress, MatchConfidence.High)
            : default;
    }

    private static int Ipv6End(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var groups = 0;
        var compressed = false;
        var hasDigit = false;
        if (i + 1 < text.Length && text[i] == ':' && text[i + 1] == ':')
        {
            compressed = true;
            i += 2;
        }

        while (i < text.Length)
        {
            var runStart = i;
            while (i < text.Length && i - runStart <= 4 && char.IsAsciiHexDigit(text[i]))
            {
                hasDigit |= char.IsAsciiDigit(text[i]);
                i++;
            }

            var run = i - runStart;
            if (run == 0)
            {
                break;
            }

            if (run > 4)
            {
                return -1;
            }

            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && IsDecimal(text[runStart..i]))
            {
                // An IPv4 tail ("::ffff:192.0.2.1") counts as two groups.
                var tailEnd = Ipv4End(text, runStart);
                if (tailEnd < 0)
                {
                    return -1;
                }

                groups += 2;
                i = tailEnd;
                break;
            }

            groups++;
            if (i + 1 < text.Length && text[i] == ':' && text[i + 1] == ':')
            {
                if (compressed)
                {
                    return -1;
                }

                compressed = true;
                i += 2;
            }
            else if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiHexDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var complete = compressed ? groups is >= 1 and <= 7 : groups == 8;
        return complete && hasDigit ? i : -1;
    }

    private static int Ipv4End(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        for (var octet = 0; octet < 4; octet++)
        {
            var octetStart = i;
            while (i < text.Length && i - octetStart < 4 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (!IsOctet(text[octetStart..i]))
            {
                return -1;
            }

            if (octet < 3)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return -1;
                }

                i++;
            }
        }

        return i;
    }

    private static bool IsDecimal(ReadOnlySpan<char> run) => !run.ContainsAnyExceptInRange('0', '9');

    private static bool IsOctet(ReadOnlySpan<char> digits)
    {
        if (digits.Length is 0 or > 3 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value <= 255;
    }
}
