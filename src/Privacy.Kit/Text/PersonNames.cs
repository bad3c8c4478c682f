namespace Privacy.Kit.Text;

/// <summary>
/// Person names introduced by a cue: "mijn naam is Jan de Vries", "gesproken met mevrouw J. Jansen", "my name is Sarah
/// O'Brien", "spoke with Mr. Peeters". A name is one to five words starting with a capital, with particles (van, de,
/// der, 't) and initials between them. No NER on the hot path: the cues are among the <see cref="WordCues"/>, searched
/// vectorised like the digits.
/// </summary>
internal static class PersonNames
{
    private const int MaxWords = 5;
    private const int MaxTokens = 9;

    /// <summary>Matches the name after the cue at <paramref name="cue"/>; <paramref name="resume"/> is where scanning continues.</summary>
    public static PersonalDataMatch MatchAfterCue(ReadOnlySpan<char> text, int cue, int cueLength, out int resume)
    {
        var strong = IsStrong(text.Slice(cue, cueLength));
        var i = cue + cueLength;
        resume = i;
        while (i < text.Length && text[i] is ' ' or ':' or '\u00A0')
        {
            i++;
        }

        var nameStart = -1;
        var nameEnd = -1;
        var word = i;
        var words = 0;
        for (var tokens = 0; tokens < MaxTokens && words < MaxWords && word < text.Length; tokens++)
        {
            var end = WordEnd(text, word);
            if (end == word)
            {
                break;
            }

            var token = text[word..end];
            if (nameStart < 0 && IsTitle(token))
            {
                // "Mr. Peeters", "mevrouw Jansen": the title introduces the name but is not part of it.
                end += end < text.Length && text[end] == '.' ? 1 : 0;
            }
            else if (char.IsUpper(token[0]) && !IsCommonCapitalizedWord(token))
            {
                // Titles and particles do not count: "mevrouw Anna van den Berg-de Wit" is two names and a surname.
                nameStart = nameStart < 0 ? word : nameStart;
                nameEnd = end;
                words++;
            }
            else if (!IsParticle(token))
            {
                break;
            }

            if (end >= text.Length || text[end] != ' ')
            {
                break;
            }

            word = end + 1;
        }

        if (nameEnd > 0)
        {
            resume = nameEnd;
            return new PersonalDataMatch(nameStart, nameEnd - nameStart, DetectedDataKind.PersonName, MatchConfidence.Medium);
        }

        // Transcripts are often lower case: after "mijn naam is" one lower-case word is still a name.
        var lowerEnd = WordEnd(text, i);
        if (strong && lowerEnd - i >= 2 && char.IsLower(text[i]) && !IsParticle(text[i..lowerEnd]) && !IsNotAName(text[i..lowerEnd]))
        {
            resume = lowerEnd;
            return new PersonalDataMatch(i, lowerEnd - i, DetectedDataKind.PersonName, MatchConfidence.Low);
        }

        return default;
    }

    private static bool IsStrong(ReadOnlySpan<char> cue) =>
        cue.Contains("naam", StringComparison.OrdinalIgnoreCase) || cue.Contains("name", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word: letters with inner hyphens or apostrophes (Jan-Willem, O'Brien, 't), or an initial with its dot (J.).</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (i < text.Length && text[i] == '\'' && i + 1 < text.Length && text[i + 1] == 't')
        {
            i += 2;
        }

        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        // Initials: "J." or "J.P."
        while (i < text.Length && text[i] == '.' && i - start <= 3 && i > start && char.IsUpper(text[i - 1]))
        {
            i++;
            if (i < text.Length && char.IsUpper(text[i]) && (i + 1 >= text.Length || text[i + 1] == '.'))
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsParticle(ReadOnlySpan<char> word) => word switch
    {
        "van" or "de" or "der" or "den" or "het" or "'t" or "ter" or "ten" or "te" or "op" or "in" or "la" or "le" or "von"
            or "du" or "di" or "da" or "del" or "el" or "al" or "bin" or "ibn" or "dos" or "das" => true,
        _ => false,
    };

    private static bool IsTitle(ReadOnlySpan<char> word) => word switch
    {
        "Mr" or "mr" or "Mrs" or "mrs" or "Ms" or "ms" or "Dr" or "dr" or "Dhr" or "dhr" or "Mevr" or "mevr" or "Mw" or "mw"
            or "Mevrouw" or "mevrouw" or "Meneer" or "meneer" or "Mijnheer" or "mijnheer" or "heer" or "Prof" or "prof" or "Ir" or "ir"
            or "Ing" or "ing" or "Drs" or "drs" or "Mr." => true,
        _ => false,
    };

    private static bool IsCommonCapitalizedWord(ReadOnlySpan<char> word) => word switch
    {
        "The" or "A" or "An" or "Een" or "Het" or "Ik" or "I" or "Hij" or "Zij" or "He" or "She" or "We" or "Wij" or "Klant"
            or "Customer" or "Collega" or "Colleague" or "Manager" or "Support" or "Klantenservice" or "Helpdesk" or "Afdeling" => true,
        _ => false,
    };

    private static bool IsNotAName(ReadOnlySpan<char> word) => word switch
    {
        "niet" or "not" or "onbekend" or "unknown" or "een" or "the" or "a" or "an" or "is" or "was" => true,
        _ => false,
    };
}
