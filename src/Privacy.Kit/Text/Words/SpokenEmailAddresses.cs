namespace Privacy.Kit.Text;

/// <summary>
/// E-mail addresses spoken as words, as speech-to-text writes them: "jan punt de vries at gmail punt com",
/// "john at gmail.com", "info apenstaartje bakker punt nl". The spoken @ is found as a cue; the local part is the word
/// before it with the words joined to it by "punt", "dot", "streepje", "underscore" or a name particle; the domain is at
/// least two labels joined by "punt" or "dot" (or typed with dots) ending in a top-level domain.
/// </summary>
internal static class SpokenEmailAddresses
{
    private const int MaxLocalWords = 8;
    private const int MaxLabels = 5;

    private static readonly string[] Joiners = ["punt", "dot", "streepje", "underscore", "liggend streepje", "min", "minus", "dash", "hyphen"];
    private static readonly string[] Particles = ["de", "van", "der", "den", "ter", "ten", "het", "la", "le", "du", "von"];
    private static readonly string[] NotALocalPart =
    [
        "is", "me", "mail", "email", "e-mail", "adres", "address", "naar", "to", "op", "on", "mijn", "my", "via", "the", "een",
        "a", "an", "staat", "was", "are", "be", "we", "you", "i", "ik", "hij", "zij", "he", "she", "they", "it", "him", "her",
        "them", "us", "look", "meet", "see", "ben", "zijn", "er", "daar", "there", "home", "work", "thuis",
    ];

    private static readonly string[] TopLevelDomains =
    [
        "com", "nl", "be", "net", "org", "eu", "de", "fr", "uk", "info", "io", "co", "biz", "nu", "online", "edu", "gov", "me",
        "email", "frl", "amsterdam", "brussels", "vlaanderen", "lu", "ch", "at", "es", "it", "dk", "se", "no", "pl",
    ];

    /// <summary>Matches the address around the spoken @ at <paramref name="cue"/>, whose word ends at <paramref name="after"/>.</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, int cue, int after, out int resume)
    {
        resume = after;
        var start = LocalPartStart(text, cue);
        if (start < 0)
        {
            return default;
        }

        var end = DomainEnd(text, after);
        if (end < 0)
        {
            return default;
        }

        resume = end;
        return new PersonalDataMatch(start, end - start, PersonalDataKind.EmailAddress, MatchConfidence.Medium);
    }

    /// <summary>The start of the local part before the spoken @ at <paramref name="at"/>, or -1.</summary>
    private static int LocalPartStart(ReadOnlySpan<char> text, int at)
    {
        var wordEnd = SpacesBefore(text, at);
        var start = AddressWordStart(text, wordEnd);
        if (wordEnd == at || start == wordEnd || SpokenWords.IsAny(text[start..wordEnd], NotALocalPart))
        {
            return -1;
        }

        for (var words = 0; words < MaxLocalWords; words++)
        {
            var previousEnd = SpacesBefore(text, start);
            var previousStart = SpokenWords.LetterWordStart(text, previousEnd);
            if (previousEnd == start || previousStart == previousEnd)
            {
                break;
            }

            var previous = text[previousStart..previousEnd];
            if (SpokenWords.IsAny(previous, Particles))
            {
                // "de vries", "van den berg": a particle belongs to the name after it.
                start = previousStart;
                continue;
            }

            if (!SpokenWords.IsAny(previous, Joiners))
            {
                break;
            }

            // The word joined on: "jan punt de vries".
            var joinedEnd = SpacesBefore(text, previousStart);
            var joinedStart = AddressWordStart(text, joinedEnd);
            if (joinedEnd == previousStart || joinedStart == joinedEnd || SpokenWords.IsAny(text[joinedStart..joinedEnd], NotALocalPart))
            {
                break;
            }

            start = joinedStart;
        }

        return start;
    }

    /// <summary>The end of the spoken domain after the @ word, or -1 when it is not one.</summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int after)
    {
        var i = SpokenWords.SkipSpaces(text, after);
        if (i == after)
        {
            return -1;
        }

        var labels = 0;
        var end = -1;
        var lastLabel = default(ReadOnlySpan<char>);
        for (var l = 0; l < MaxLabels; l++)
        {
            // A label, possibly typed with its own dots: "gmail", "gmail.com", "ziggo-zakelijk".
            var labelEnd = i;
            while (labelEnd < text.Length && (char.IsLetterOrDigit(text[labelEnd]) || (text[labelEnd] is '-' or '.' && labelEnd > i && labelEnd + 1 < text.Length && char.IsLetterOrDigit(text[labelEnd + 1]))))
            {
                labelEnd++;
            }

            if (labelEnd == i)
            {
                break;
            }

            var label = text[i..labelEnd];
            if (l == 0 && SpokenWords.IsAny(label, NotALocalPart) && !label.Contains('.'))
            {
                return -1;
            }

            var dot = label.LastIndexOf('.');
            labels += 1 + label.Count('.');
            lastLabel = dot >= 0 ? label[(dot + 1)..] : label;
            end = labelEnd;

            // "punt" or "dot" joins the next label.
            var joinerStart = SpokenWords.SkipSpaces(text, labelEnd);
            var joinerEnd = SpokenWords.LetterWordEnd(text, joinerStart);
            var joiner = text[joinerStart..joinerEnd];
            if (joinerStart == labelEnd || !(joiner.Equals("punt", StringComparison.OrdinalIgnoreCase) || joiner.Equals("dot", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            var next = SpokenWords.SkipSpaces(text, joinerEnd);
            if (next == joinerEnd)
            {
                break;
            }

            i = next;
        }

        return labels >= 2 && SpokenWords.IsAny(lastLabel, TopLevelDomains) ? end : -1;
    }

    /// <summary>The start of a word of an address's local part ending at <paramref name="end"/>: letters, digits, dots, underscores.</summary>
    private static int AddressWordStart(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_' or '-' or '+'))
        {
            i--;
        }

        while (i < end && text[i] is '.' or '-' or '+')
        {
            i++;
        }

        return i;
    }

    private static int SpacesBefore(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        while (i > 0 && index - i < 3 && text[i - 1] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i;
    }
}
