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
            return new PersonalDataMatch(nameStart, nameEnd - nameStart, PersonalDataKind.PersonName, MatchConfidence.Medium);
        }

        // Transcripts are often lower case: after "mijn naam is" one lower-case word is still a name.
        var lowerEnd = WordEnd(text, i);
        if (strong && lowerEnd - i >= 2 && char.IsLower(text[i]) && !IsParticle(text[i..lowerEnd]) && !IsNotAName(text[i..lowerEnd]))
        {
            resume = lowerEnd;
            return new PersonalDataMatch(i, lowerEnd - i, PersonalDataKind.PersonName, MatchConfidence.Low);
        }

        return default;
    }

    /// <summary>
    /// Matches a name without a cue that starts with a known first name at <paramref name="start"/>: the first name,
    /// then a capitalised surname, with particles and initials between ("Jeroen Bakker", "Marieke van der Linden",
    /// "Richard M. Nixon"). A first name alone is not enough, and a street, a company or a brand that starts with a
    /// first name is not a name ("Jan van Galenstraat 12", "Albert Heijn", "Thomas Cook B.V.").
    /// </summary>
    public static PersonalDataMatch MatchFromFirstName(ReadOnlySpan<char> text, int start, int length, out int resume)
    {
        resume = start + length;
        var firstEnd = WordEnd(text, start);
        if (!char.IsUpper(text[start]) || HasUpperAfterFirst(text[(start + 1)..(start + length)]) || firstEnd < start + length)
        {
            return default;
        }

        var nameEnd = -1;
        var word = firstEnd;
        for (var tokens = 0; tokens < MaxWords && word < text.Length && text[word] == ' '; tokens++)
        {
            word++;
            var end = WordEnd(text, word);
            if (end == word)
            {
                break;
            }

            var token = text[word..end];
            if (IsCompanyWord(token))
            {
                break;
            }

            if (IsSurname(token))
            {
                nameEnd = end;
            }
            else if (!(IsUncuedParticle(token) || IsInitial(token)) || (nameEnd > 0 && !IsUncuedParticle(token)))
            {
                break;
            }

            word = end;
        }

        if (nameEnd < 0 || IsNotAPerson(text, start, nameEnd))
        {
            return default;
        }

        resume = nameEnd;
        return new PersonalDataMatch(start, nameEnd - start, PersonalDataKind.PersonName, MatchConfidence.Medium);
    }

    /// <summary>A capitalised word with lower-case letters after the capital ("Bakker", "O'Brien", "Berg-de"), not a common word.</summary>
    private static bool IsSurname(ReadOnlySpan<char> token) =>
        token.Length >= 2 && char.IsUpper(token[0]) && char.IsLower(token[^1]) && !token.Contains('.') && !IsCommonCapitalizedWord(token)
        && !IsCalendarWord(token);

    private static bool IsInitial(ReadOnlySpan<char> token) => token.Length is 2 or 4 && char.IsUpper(token[0]) && token[^1] == '.';

    /// <summary>Whether a capital appears inside the word other than after a hyphen ("JAN", not "Jan-Willem").</summary>
    private static bool HasUpperAfterFirst(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && (i == 0 || word[i - 1] != '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words are a street ("Jan van Galenstraat", followed by a house number), a company or a brand.</summary>
    private static bool IsNotAPerson(ReadOnlySpan<char> text, int start, int end)
    {
        var name = text[start..end];
        foreach (var brand in Brands)
        {
            if (name.Equals(brand, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var lastSpace = name.LastIndexOf(' ');
        var surname = name[(lastSpace + 1)..];
        foreach (var suffix in StreetSuffixes)
        {
            if (surname.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var next = end < text.Length && text[end] is ' ' or ',' ? end + 1 : end;
        if (next < text.Length && char.IsAsciiDigit(text[next]))
        {
            return true;
        }

        return IsCompanyWord(text[next..]);
    }

    /// <summary>Whether <paramref name="text"/> starts with a word that makes the words before it a company or an institution.</summary>
    private static bool IsCompanyWord(ReadOnlySpan<char> text)
    {
        foreach (var company in CompanySuffixes)
        {
            if (text.StartsWith(company, StringComparison.Ordinal) && (text.Length == company.Length || !char.IsLetter(text[company.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Brands =
    [
        "Albert Heijn", "Jan Linders", "Douwe Egberts", "Hugo Boss", "Calvin Klein", "Tommy Hilfiger", "Ralph Lauren",
        "Johnnie Walker", "Jack Daniels", "Thomas Cook", "Marie Claire", "Jack Wolfskin", "Henri Willig", "Mary Kay",
        "Philip Morris", "Pieter Pot", "Tim Hortons",
    ];

    private static readonly string[] StreetSuffixes =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "steeg", "dreef", "plantsoen", "hof", "park",
        "Street", "Road", "Avenue", "Lane", "Drive", "Square",
    ];

    private static readonly string[] CompanySuffixes =
    [
        "B.V.", "BV", "N.V.", "NV", "Holding", "Groep", "Group", "Inc", "Ltd", "LLC", "GmbH", "& Zn", "& Zonen", "& Co",
        "Stichting", "Foundation", "Fonds", "Fund", "Ziekenhuis", "Hospital", "School", "College", "Universiteit", "University",
        "Prijs", "Award", "Stadion", "Stadium",
    ];

    private static bool IsUncuedParticle(ReadOnlySpan<char> word) => word switch
    {
        "van" or "de" or "der" or "den" or "ter" or "ten" or "'t" or "von" or "du" or "da" or "di" or "dos" or "le" or "la" => true,
        _ => false,
    };

    private static bool IsCalendarWord(ReadOnlySpan<char> word) => word switch
    {
        "Maandag" or "Dinsdag" or "Woensdag" or "Donderdag" or "Vrijdag" or "Zaterdag" or "Zondag" or "Monday" or "Tuesday"
            or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "Januari" or "Februari" or "Maart" or "April"
            or "Mei" or "Juni" or "Juli" or "Augustus" or "September" or "Oktober" or "November" or "December" or "January"
            or "February" or "March" or "May" or "June" or "July" or "August" or "October" => true,
        _ => false,
    };

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
