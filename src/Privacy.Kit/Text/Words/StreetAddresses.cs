namespace Privacy.Kit.Text;

/// <summary>
/// A street address after an address cue: street and house number, then a postcode and a place if they follow.
/// "adres: Kerkstraat 12a, 3512 AB Utrecht", "woont op de Laan van Meerdervoort 1024 in Den Haag", "lives at 221B Baker
/// Street, London". The whole address is one item, so no part of it (the house number, the place) is left.
/// </summary>
internal static class StreetAddresses
{
    private const int MaxStreetWords = 5;
    private const int MaxPlaceWords = 3;

    private static readonly string[] Fillers = ["is", "op", "aan", "at", "on", "in", "nu", "now", "sinds", "kort", "naar", "to", "luidt", "was", "de", "het", "the"];
    private static readonly string[] Particles = ["van", "de", "der", "den", "het", "'t", "ter", "ten", "op", "aan", "bij", "in", "of", "the", "la", "le"];
    private static readonly string[] StreetSuffixes =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "pad", "hof", "park", "markt", "steeg", "dreef",
        "plantsoen", "baan", "veld", "wal", "kant", "ring", "boulevard", "street", "road", "avenue", "lane", "drive", "way",
        "court", "place", "close", "st", "rd", "ave",
    ];

    /// <summary>Matches the address whose first word is at or after <paramref name="after"/> (the end of the cue).</summary>
    public static PersonalDataMatch MatchAfterCue(ReadOnlySpan<char> text, int after, out int resume)
    {
        resume = after;
        var i = SkipFillers(text, after);
        if (i >= text.Length)
        {
            return default;
        }

        var start = i;
        var end = char.IsAsciiDigit(text[i]) ? NumberFirstEnd(text, i) : StreetFirstEnd(text, i);
        if (end < 0)
        {
            return default;
        }

        end = TailEnd(text, end);
        resume = end;
        return new PersonalDataMatch(start, end - start, PersonalDataKind.PostalAddress, MatchConfidence.High);
    }

    /// <summary>"Kerkstraat 12a", "Laan van Meerdervoort 1024", "kerkstraat 5": street words, then the house number.</summary>
    private static int StreetFirstEnd(ReadOnlySpan<char> text, int i)
    {
        var named = false;
        for (var words = 0; words < MaxStreetWords && i < text.Length; words++)
        {
            var end = StreetWordEnd(text, i);
            if (end == i)
            {
                break;
            }

            var word = text[i..end];
            if (char.IsUpper(word[0]) || HasStreetSuffix(word))
            {
                named = true;
            }
            else if (!SpokenWords.IsAny(word, Particles))
            {
                return -1;
            }

            var next = SpokenWords.SkipSpaces(text, end, max: 1);
            if (next == end || next >= text.Length)
            {
                return -1;
            }

            if (char.IsAsciiDigit(text[next]))
            {
                return named ? HouseNumberEnd(text, next) : -1;
            }

            i = next;
        }

        return -1;
    }

    /// <summary>"221B Baker Street", "10 Downing Street": the number, then capitalised words ending in a street word.</summary>
    private static int NumberFirstEnd(ReadOnlySpan<char> text, int i)
    {
        var numberEnd = HouseNumberEnd(text, i);
        if (numberEnd < 0)
        {
            return -1;
        }

        var w = SpokenWords.SkipSpaces(text, numberEnd, max: 1);
        for (var words = 0; words < MaxStreetWords && w > numberEnd && w < text.Length && char.IsUpper(text[w]); words++)
        {
            var end = StreetWordEnd(text, w);
            if (HasStreetSuffix(text[w..end]))
            {
                return end < text.Length && text[end] == '.' ? end + 1 : end;
            }

            var next = SpokenWords.SkipSpaces(text, end, max: 1);
            if (next == end)
            {
                break;
            }

            w = next;
        }

        return -1;
    }

    /// <summary>1-5 digits, then an addition: "12a", "12-3", "12 A", "12-bis"; -1 when it is no house number.</summary>
    private static int HouseNumberEnd(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i - start is 0 or > 5)
        {
            return -1;
        }

        // An addition typed on ("12a", "221B", "12bis"), after a hyphen ("12-3", "12-A") or a single capital ("12 A").
        var addition = i < text.Length && text[i] == '-' ? i + 1 : i;
        var additionEnd = addition;
        while (additionEnd < text.Length && additionEnd - addition < 4 && char.IsLetterOrDigit(text[additionEnd]))
        {
            additionEnd++;
        }

        if (additionEnd > addition && TextBoundaries.IsEndOfToken(text, additionEnd))
        {
            return additionEnd;
        }

        if (i + 1 < text.Length && text[i] == ' ' && char.IsAsciiLetterUpper(text[i + 1]) && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
        {
            return i + 2;
        }

        return TextBoundaries.IsEndOfToken(text, i) ? i : -1;
    }

    /// <summary>After the house number: a postcode and place ("3512 AB Utrecht"), a place after a comma or "in".</summary>
    private static int TailEnd(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        i = SpokenWords.SkipSpaces(text, i, max: 2);
        if (i == end || i >= text.Length)
        {
            return end;
        }

        Span<int> bounds = stackalloc int[DigitGroups.MaxGroups * 2];
        if (char.IsAsciiDigit(text[i]))
        {
            var postcode = Postcodes.Match(text, DigitGroups.Parse(text, i, bounds), ContextCue.Address);
            if (postcode.Length == 0)
            {
                return end;
            }

            end = postcode.End;
            i = end < text.Length && text[end] == ',' ? end + 1 : end;
            i = SpokenWords.SkipSpaces(text, i, max: 2);
        }
        else if (text[end] != ',')
        {
            // Without a comma only "in Utrecht" names the place.
            var inEnd = SpokenWords.LetterWordEnd(text, i);
            if (!text[i..inEnd].Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                return end;
            }

            i = SpokenWords.SkipSpaces(text, inEnd, max: 1);
        }

        return PlaceEnd(text, i, end);
    }

    /// <summary>A place: capitalised words with particles between them ("Den Haag", "Bergen op Zoom", "'s-Hertogenbosch").</summary>
    private static int PlaceEnd(ReadOnlySpan<char> text, int i, int end)
    {
        for (var words = 0; words < MaxPlaceWords && i < text.Length; words++)
        {
            var wordEnd = i + 3 <= text.Length && text[i..].StartsWith("'s-", StringComparison.Ordinal) ? SpokenWords.LetterWordEnd(text, i + 3) : SpokenWords.LetterWordEnd(text, i);
            if (wordEnd == i)
            {
                break;
            }

            var word = text[i..wordEnd];
            if (char.IsUpper(word[0]) || word[0] == '\'')
            {
                end = wordEnd;
            }
            else if (!SpokenWords.IsAny(word, Particles) || words == 0)
            {
                break;
            }

            var next = SpokenWords.SkipSpaces(text, wordEnd, max: 1);
            if (next == wordEnd)
            {
                break;
            }

            i = next;
        }

        return end;
    }

    private static int SkipFillers(ReadOnlySpan<char> text, int i)
    {
        for (var words = 0; words < 4; words++)
        {
            var start = i;
            while (i < text.Length && i - start < 3 && text[i] is ' ' or ':' or '\t' or '\u00A0' or '=')
            {
                i++;
            }

            var end = SpokenWords.LetterWordEnd(text, i);
            if (end == i || !SpokenWords.IsAny(text[i..end], Fillers))
            {
                return i;
            }

            // "de" starts a street name after "op" or "in" ("op de Laan van ..."), but then it is a particle of the street.
            i = end;
        }

        return i;
    }

    /// <summary>A street word: letters with inner hyphens or apostrophes, or an abbreviation with its dot ("Burg.", "St.").</summary>
    private static int StreetWordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = SpokenWords.LetterWordEnd(text, start);
        return end > start && end - start <= 5 && end < text.Length && text[end] == '.' && char.IsUpper(text[start]) ? end + 1 : end;
    }

    private static bool HasStreetSuffix(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        foreach (var suffix in StreetSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && (word.Length > suffix.Length || suffix.Length >= 4))
            {
                return true;
            }
        }

        return false;
    }
}
