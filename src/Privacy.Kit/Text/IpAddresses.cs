namespace Privacy.Kit.Text;

/// <summary>IPv4 (four octets up to 255) and IPv6 (RFC 4291 text forms, "::" once, an IPv4 tail allowed).</summary>
internal static class IpAddresses
{
    /// <summary>
    /// Matches dotted IPv4 made of the first four groups, with a CIDR prefix length ("10.0.0.0/8") when one follows; a
    /// version-number cue ("versie 10.0.0.1") rules it out.
    /// </summary>
    public static PersonalDataMatch MatchIpv4(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue)
    {
        if (groups.Count < 4 || !groups.HasUniformSeparator(4, ".") || cue == ContextCue.Reference)
        {
            return default;
        }

        for (var g = 0; g < 4; g++)
        {
            if (!IsOctet(groups.Digits(g), leadingZeros: true))
            {
                return default;
            }
        }

        var end = groups.End(3);
        if (groups.Count > 4 && groups.SeparatorBefore(4) is "/")
        {
            // A prefix length too long for IPv4 ("/123") is not part of the address; the address still is.
            var prefix = groups.Digits(4);
            return new PersonalDataMatch(
                groups.Start(0),
                (prefix.Length <= 2 && Number(prefix) <= 32 && groups.EndsCleanlyAfter(5) ? groups.End(4) : end) - groups.Start(0),
                PersonalDataKind.IpAddress,
                MatchConfidence.High);
        }

        // "192.168.2.1@eth0", "10.0.0.1%eth0": an interface after the address.
        var interfaceFollows = end + 1 < text.Length && text[end] is '@' or '%' && char.IsAsciiLetter(text[end + 1]);
        return groups.EndsCleanlyAfter(4) || interfaceFollows ? groups.ToMatch(4, PersonalDataKind.IpAddress, MatchConfidence.High) : default;
    }

    /// <summary>
    /// Matches an IPv6 address around the colon at <paramref name="colon"/>, starting no earlier than
    /// <paramref name="minStart"/>: with a zone ("fe80::1%eth0") and a CIDR prefix length ("2001:db8::/32") when they
    /// follow; "::" alone is the unspecified address.
    /// </summary>
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
        if (end < 0)
        {
            return default;
        }

        if (end + 1 < text.Length && text[end] == '%' && char.IsAsciiLetterOrDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '-') && !(text[end] == '.' && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1]))))
            {
                end++;
            }
        }

        var prefixEnd = end + 1;
        while (prefixEnd < text.Length && prefixEnd - end <= 4 && char.IsAsciiDigit(text[prefixEnd]))
        {
            prefixEnd++;
        }

        if (end < text.Length && text[end] == '/' && prefixEnd > end + 1)
        {
            // A prefix length beyond 128 is not part of the address; the address still is.
            end = prefixEnd - end <= 4 && Number(text[(end + 1)..prefixEnd]) <= 128 && TextBoundaries.IsEndOfToken(text, prefixEnd) ? prefixEnd : end;
        }
        else if (!TextBoundaries.IsEndOfToken(text, end))
        {
            return default;
        }

        return new PersonalDataMatch(start, end - start, PersonalDataKind.IpAddress, MatchConfidence.High);
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

        if (compressed && groups == 0)
        {
            // "::", the unspecified address, on its own.
            return i < text.Length && (text[i] == ':' || char.IsAsciiHexDigit(text[i])) ? -1 : i;
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

            if (!IsOctet(text[octetStart..i], leadingZeros: false))
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

    private static bool IsDecimal(ReadOnlySpan<char> run) => TextBoundaries.IsAsciiDigits(run);

    /// <summary>Whether the digits are an octet, 0-255; "08" and "008" only where <paramref name="leadingZeros"/> allows.</summary>
    private static bool IsOctet(ReadOnlySpan<char> digits, bool leadingZeros) =>
        digits.Length is >= 1 and <= 3 && (leadingZeros || digits.Length == 1 || digits[0] != '0') && Number(digits) <= 255;

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
