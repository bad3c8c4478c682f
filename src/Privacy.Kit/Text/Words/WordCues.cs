#if NET9_0_OR_GREATER
using System.Buffers;
#endif
using System.Collections.Frozen;

namespace Privacy.Kit.Text;

/// <summary>
/// The words that start a recognizer which reads words rather than digits: name cues, address cues, the cues of
/// customer, document and user identifiers, digits and the @ spoken as words, common first names and special-category
/// terms. One
/// vectorised search over all of them, like the digit anchors; each hit is checked to be a whole word and then given to
/// the recognizer of its kind.
/// </summary>
internal sealed class WordCues
{
    private static readonly (string Text, WordCueKind Kind)[] BuiltIn =
    [
        ("naam is", WordCueKind.PersonName), ("name is", WordCueKind.PersonName), ("naam:", WordCueKind.PersonName),
        ("name:", WordCueKind.PersonName), ("gesproken met", WordCueKind.PersonName), ("sprak met", WordCueKind.PersonName),
        ("in gesprek met", WordCueKind.PersonName), ("spoke with", WordCueKind.PersonName), ("spoke to", WordCueKind.PersonName),
        ("spoken to", WordCueKind.PersonName), ("spoken with", WordCueKind.PersonName), ("talked to", WordCueKind.PersonName),
        ("talked with", WordCueKind.PersonName), ("speaking with", WordCueKind.PersonName), ("speaking to", WordCueKind.PersonName),
        ("de heer", WordCueKind.PersonName), ("mevrouw", WordCueKind.PersonName), ("meneer", WordCueKind.PersonName),
        ("mijnheer", WordCueKind.PersonName), ("dhr.", WordCueKind.PersonName), ("mevr.", WordCueKind.PersonName),
        ("mw.", WordCueKind.PersonName), ("mr.", WordCueKind.PersonName), ("mrs.", WordCueKind.PersonName),
        ("ms.", WordCueKind.PersonName),

        ("adres", WordCueKind.Address), ("address", WordCueKind.Address), ("woonadres", WordCueKind.Address),
        ("afleveradres", WordCueKind.Address), ("factuuradres", WordCueKind.Address), ("postadres", WordCueKind.Address),
        ("woont", WordCueKind.Address), ("woonachtig", WordCueKind.Address), ("verhuisd naar", WordCueKind.Address),
        ("lives at", WordCueKind.Address), ("lives on", WordCueKind.Address), ("living at", WordCueKind.Address),
        ("moved to", WordCueKind.Address),

        ("klantnummer", WordCueKind.CustomerNumber), ("klantnr", WordCueKind.CustomerNumber), ("klant-id", WordCueKind.CustomerNumber),
        ("klantid", WordCueKind.CustomerNumber), ("customer number", WordCueKind.CustomerNumber), ("customer id", WordCueKind.CustomerNumber),
        ("customer no", WordCueKind.CustomerNumber), ("contractnummer", WordCueKind.CustomerNumber), ("contractnr", WordCueKind.CustomerNumber),
        ("contract number", WordCueKind.CustomerNumber), ("contract no", WordCueKind.CustomerNumber), ("lidnummer", WordCueKind.CustomerNumber),
        ("membership number", WordCueKind.CustomerNumber), ("member number", WordCueKind.CustomerNumber), ("polisnummer", WordCueKind.CustomerNumber),
        ("policy number", WordCueKind.CustomerNumber), ("abonneenummer", WordCueKind.CustomerNumber), ("subscriber number", WordCueKind.CustomerNumber),

        ("paspoort", WordCueKind.DocumentNumber), ("paspoortnummer", WordCueKind.DocumentNumber), ("passport", WordCueKind.DocumentNumber),
        ("passport number", WordCueKind.DocumentNumber), ("rijbewijs", WordCueKind.DocumentNumber), ("rijbewijsnummer", WordCueKind.DocumentNumber),
        ("driving licence", WordCueKind.DocumentNumber), ("driving license", WordCueKind.DocumentNumber), ("driver's license", WordCueKind.DocumentNumber),
        ("drivers license", WordCueKind.DocumentNumber), ("driver license", WordCueKind.DocumentNumber), ("licence number", WordCueKind.DocumentNumber),
        ("license number", WordCueKind.DocumentNumber), ("identiteitskaart", WordCueKind.DocumentNumber), ("id-kaart", WordCueKind.DocumentNumber),
        ("identity card", WordCueKind.DocumentNumber), ("id card", WordCueKind.DocumentNumber), ("documentnummer", WordCueKind.DocumentNumber),
        ("document number", WordCueKind.DocumentNumber), ("verblijfsvergunning", WordCueKind.DocumentNumber), ("residence permit", WordCueKind.DocumentNumber),

        ("gebruikersnaam", WordCueKind.UserName), ("username", WordCueKind.UserName), ("user name", WordCueKind.UserName),
        ("user-id", WordCueKind.UserName), ("userid", WordCueKind.UserName), ("user id", WordCueKind.UserName),
        ("loginnaam", WordCueKind.UserName), ("inlognaam", WordCueKind.UserName), ("login name", WordCueKind.UserName),
        ("accountnaam", WordCueKind.UserName), ("account name", WordCueKind.UserName), ("login", WordCueKind.LoginName),
        ("inlog", WordCueKind.LoginName),

        ("at", WordCueKind.SpokenAt), ("apenstaartje", WordCueKind.SpokenAt), ("apestaartje", WordCueKind.SpokenAt),
        ("at-teken", WordCueKind.SpokenAt),
    ];

    private readonly string[] texts;
    private readonly WordCueKind[] kinds;

    /// <summary>The cues by their lower-case first letter, longest first, so the first that matches is the longest.</summary>
    private readonly FrozenDictionary<char, int[]> byFirstLetter;

#if NET9_0_OR_GREATER
    private readonly SearchValues<string> values;
#endif

    private WordCues(List<(string Text, WordCueKind Kind)> cues, string[] userTerms)
    {
        UserTerms = userTerms;
        texts = new string[cues.Count];
        kinds = new WordCueKind[cues.Count];
        for (var i = 0; i < cues.Count; i++)
        {
            texts[i] = cues[i].Text;
            kinds[i] = cues[i].Kind;
            MaxLength = Math.Max(MaxLength, cues[i].Text.Length);
        }

        // Stable order within one length, so a built-in cue wins over a user's term spelled the same.
        byFirstLetter = Enumerable.Range(0, texts.Length)
            .GroupBy(i => char.ToLowerInvariant(texts[i][0]))
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(i => texts[i].Length).ToArray());

#if NET9_0_OR_GREATER
        values = SearchValues.Create(texts, StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>Gets the cues Privacy.Kit knows: names, addresses, identifiers, spoken digits and the built-in special-category terms.</summary>
    public static WordCues Default { get; } = Build([]);

    /// <summary>Gets the length of the longest cue, for scanning a window that starts mid-text.</summary>
    public int MaxLength { get; }

    /// <summary>Gets the special-category terms added to the built-in ones, trimmed.</summary>
    public IReadOnlyList<string> UserTerms { get; }

    /// <summary>
    /// The built-in cues plus more special-category terms, each one <see cref="SpecialCategoryTerms.Problem"/> accepts
    /// (callers say which term is wrong before they get here); <see cref="Default"/> when there are none.
    /// </summary>
    public static WordCues Create(IEnumerable<string> specialCategoryTerms)
    {
        var userTerms = new List<string>();
        foreach (var term in specialCategoryTerms)
        {
            userTerms.Add(term.Trim());
        }

        return userTerms.Count == 0 ? Default : Build([.. userTerms]);
    }

    private static WordCues Build(string[] userTerms)
    {
        var cues = new List<(string Text, WordCueKind Kind)>(BuiltIn);
        foreach (var word in SpokenNumbers.TriggerWords)
        {
            cues.Add((word, WordCueKind.SpokenDigit));
        }

        foreach (var name in FirstNames.BuiltIn)
        {
            cues.Add((name, WordCueKind.FirstName));
        }

        foreach (var term in SpecialCategoryTerms.BuiltIn)
        {
            cues.Add((term, WordCueKind.SpecialCategory));
        }

        foreach (var term in userTerms)
        {
            cues.Add((term, WordCueKind.SpecialCategory));
        }

        return new WordCues(cues, userTerms);
    }

    /// <summary>Finds the next cue that is a whole word at or after <paramref name="from"/>; returns its index, or -1.</summary>
    public int Next(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var found = IndexOfCue(text[from..]);
            if (found < 0)
            {
                return -1;
            }

            var at = from + found;
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                var end = at + LongestAt(text, at, out _);
                if (end > at && (!char.IsLetter(text[end - 1]) || end >= text.Length || !char.IsLetter(text[end])))
                {
                    return at;
                }
            }

            // No cue starts right after a letter: skip the rest of the word ("at" in "staat", "Jan" in "January").
            from = at + 1;
            while (from < text.Length && char.IsLetter(text[from - 1]))
            {
                from++;
            }
        }

        return -1;
    }

    /// <summary>Runs the recognizer of the cue at <paramref name="cue"/>; <paramref name="resume"/> is where scanning continues.</summary>
    public PersonalDataMatch Match(ReadOnlySpan<char> text, int cue, out int resume)
    {
        var length = LongestAt(text, cue, out var kind);
        var after = cue + length;
        resume = after;
        return kind switch
        {
            WordCueKind.PersonName => PersonNames.MatchAfterCue(text, cue, length, out resume),
            WordCueKind.Address => StreetAddresses.MatchAfterCue(text, after, out resume),
            WordCueKind.CustomerNumber => CuedIdentifiers.MatchNumber(text, after, PersonalDataKind.PersonalData, out resume),
            WordCueKind.DocumentNumber => CuedIdentifiers.MatchNumber(text, after, PersonalDataKind.NationalId, out resume),
            WordCueKind.UserName => CuedIdentifiers.MatchUserName(text, after, strongCue: true, out resume),
            WordCueKind.LoginName => CuedIdentifiers.MatchUserName(text, after, strongCue: false, out resume),
            WordCueKind.SpokenDigit => SpokenNumbers.Match(text, cue, out resume),
            WordCueKind.SpokenAt => SpokenEmailAddresses.Match(text, cue, after, out resume),
            WordCueKind.FirstName => PersonNames.MatchFromFirstName(text, cue, length, out resume),
            _ => new PersonalDataMatch(cue, length, PersonalDataKind.SpecialCategory, MatchConfidence.Medium),
        };
    }

    private int IndexOfCue(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(values);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsLetter(text[i - 1])) && LongestAt(text, i, out _) > 0)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    private int LongestAt(ReadOnlySpan<char> text, int index, out WordCueKind kind)
    {
        kind = WordCueKind.PersonName;
        if (!byFirstLetter.TryGetValue(char.ToLowerInvariant(text[index]), out var candidates))
        {
            return 0;
        }

        var rest = text[index..];
        foreach (var i in candidates)
        {
            if (rest.StartsWith(texts[i], StringComparison.OrdinalIgnoreCase))
            {
                kind = kinds[i];
                return texts[i].Length;
            }
        }

        return 0;
    }
}
