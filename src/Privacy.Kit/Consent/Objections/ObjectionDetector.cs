namespace Privacy.Kit.Consent;

/// <summary>
/// Finds objection statements in Dutch and English transcripts and chat ("bel me niet meer", "haal mij uit uw
/// bestand", "stop calling me", "remove me from your list" and their variants), so that an application can record
/// the objection (<see cref="ObjectionRecorded"/>) while the contact is still going on. It matches whole words,
/// ignores case, punctuation and fillers such as "alstublieft" or "please", and allocates nothing when it finds
/// nothing.
/// </summary>
public static class ObjectionDetector
{
    private static readonly ObjectionPhrase[] Phrases =
    [
        new("nl", "bel me niet meer", "bel|belt|bellen u|jij|je? me|mij niet meer|langer|weer"),
        new("nl", "bel me nooit meer", "bel|belt|bellen u|jij|je? me|mij nooit meer|weer?"),
        new("nl", "me niet meer bellen", "me|mij niet|nooit meer te? bellen|benaderen|contacteren|lastigvallen"),
        new("nl", "niet meer bellen", "niet|nooit meer bellen"),
        new("nl", "ik wil niet meer gebeld worden", "ik wil|wens niet|nooit meer? gebeld|benaderd worden?"),
        new("nl", "ik wil geen telefoontjes meer", "ik wil|wens geen telefoontjes|telefoon|reclame|aanbiedingen|verkoopgesprekken|marketing meer?"),
        new("nl", "haal mij uit uw bestand", "haal|verwijder|schrap me|mij uit|van uw|je|jullie|het|de|dit? bestand|belbestand|bellijst|lijst|database|systeem|klantenbestand|adresbestand"),
        new("nl", "verwijder mijn gegevens", "verwijder|wis mijn nummer|telefoonnummer|gegevens"),
        new("nl", "stop met bellen", "stop|stopt u|jij|je? met bellen"),
        new("nl", "ik maak bezwaar", "ik maak|teken bezwaar"),
        new("en", "stop calling me", "stop|quit calling|phoning|ringing|contacting|texting|emailing"),
        new("en", "don't call me", "don't|dont call|phone|ring|contact|text|email me|us"),
        new("en", "do not call me", "do not call|phone|ring|contact|text|email me|us"),
        new("en", "never call me again", "never call|phone|ring|contact me|us again|anymore?"),
        new("en", "remove me from your list", "remove|delete|take|strike me|us off|from your|the|this|that? calling|call|mailing|contact|marketing? list|database|system|records|file"),
        new("en", "remove my number", "remove|delete|erase my number|details|data"),
        new("en", "i don't want to be called", "i don't|dont want|wish to be called|contacted|phoned"),
        new("en", "i do not want to be called", "i do not want|wish to be called|contacted|phoned"),
        new("en", "i object", "i object"),
        new("en", "unsubscribe me", "unsubscribe me|us?"),
        new("en", "opt me out", "opt me|us? out"),
    ];

    private static readonly string[] Fillers =
        ["alsjeblieft", "alstublieft", "aub", "asjeblieft", "gewoon", "echt", "dan", "ook", "nu", "please", "pls", "just", "really", "now", "ever"];

    private static readonly ObjectionPhrase[][] PhrasesByFirstLetter = IndexByFirstLetter();

    /// <summary>Finds every objection statement in a text.</summary>
    /// <param name="text">A transcript, chat message or call note.</param>
    /// <returns>The statements found, in order; an empty list when there are none.</returns>
    public static IReadOnlyList<ObjectionSignal> Find(ReadOnlySpan<char> text)
    {
        List<ObjectionSignal>? found = null;
        var position = 0;
        while (Next(text, position) is { } signal)
        {
            (found ??= []).Add(signal);
            position = signal.Start + signal.Length;
        }

        return (IReadOnlyList<ObjectionSignal>?)found ?? [];
    }

    /// <summary>Whether a text contains an objection statement.</summary>
    /// <param name="text">A transcript, chat message or call note.</param>
    /// <returns>Whether <see cref="Find"/> would find one.</returns>
    public static bool ContainsObjection(ReadOnlySpan<char> text) => Next(text, 0) is not null;

    internal static (int Start, int End) NextWord(ReadOnlySpan<char> text, int position)
    {
        var start = position;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return (-1, -1);
        }

        var end = start + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return (start, end);
    }

    internal static bool SameWord(ReadOnlySpan<char> word, string candidate)
    {
        if (word.Length != candidate.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = IsApostrophe(word[i]) ? '\'' : char.ToLowerInvariant(word[i]);
            if (c != candidate[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsFiller(ReadOnlySpan<char> word)
    {
        foreach (var filler in Fillers)
        {
            if (SameWord(word, filler))
            {
                return true;
            }
        }

        return false;
    }

    private static ObjectionSignal? Next(ReadOnlySpan<char> text, int position)
    {
        while (NextWord(text, position) is (>= 0, var end) word)
        {
            var first = char.ToLowerInvariant(text[word.Start]);
            if (first < PhrasesByFirstLetter.Length)
            {
                ObjectionPhrase? best = null;
                var bestEnd = -1;
                foreach (var phrase in PhrasesByFirstLetter[first])
                {
                    var matchEnd = phrase.Match(text, word.Start);
                    if (matchEnd > bestEnd)
                    {
                        (best, bestEnd) = (phrase, matchEnd);
                    }
                }

                if (best is not null)
                {
                    return new ObjectionSignal(word.Start, bestEnd - word.Start, best.Language, best.Name);
                }
            }

            position = end;
        }

        return null;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static ObjectionPhrase[][] IndexByFirstLetter()
    {
        var index = new List<ObjectionPhrase>[128];
        foreach (var phrase in Phrases)
        {
            foreach (var letter in phrase.FirstLetters.Distinct())
            {
                (index[letter] ??= []).Add(phrase);
            }
        }

        var result = new ObjectionPhrase[128][];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = index[i]?.ToArray() ?? [];
        }

        return result;
    }
}
