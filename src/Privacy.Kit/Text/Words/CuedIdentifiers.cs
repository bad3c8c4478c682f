namespace Privacy.Kit.Text;

/// <summary>
/// Identifiers that have no checksum or fixed shape and are known only by the word before them: customer, contract and
/// membership numbers ("klantnummer 4711-0815"), identity documents ("paspoortnummer NXC1234P5", "rijbewijs
/// 5123456789"), and user names ("gebruikersnaam: jdevries82", "login: j.devries").
/// </summary>
internal static class CuedIdentifiers
{
    private const int MinLength = 4;
    private const int MaxLength = 30;

    private static readonly string[] Fillers =
    [
        "is", "nr", "no", "number", "nummer", "van", "de", "het", "klant", "the", "customer", "of", "was", "luidt", "id", "en",
    ];

    private static readonly string[] NotAUserName =
    [
        "is", "was", "de", "het", "een", "the", "a", "an", "van", "of", "met", "with", "from", "vanaf", "via", "op", "on", "in",
        "niet", "not", "failed", "mislukt", "gelukt", "lukt", "werkt", "works", "problemen", "problems", "probleem", "pagina",
        "page", "scherm", "screen", "gegevens", "details", "code", "poging", "pogingen", "attempt", "attempts", "portal",
        "portaal", "en", "and", "or", "of", "onbekend", "unknown", "vergeten", "forgot", "forgotten", "reset", "wachtwoord",
        "password", "geblokkeerd", "blocked", "locked", "aangepast", "changed", "gewijzigd", "bekend", "known", "admin", "administrator", "root", "guest", "gast", "test", "demo", "user", "gebruiker",
    ];

    /// <summary>Matches a customer or document number after its cue: a token with at least one digit.</summary>
    public static PersonalDataMatch MatchNumber(ReadOnlySpan<char> text, int after, PersonalDataKind kind, out int resume)
    {
        resume = after;
        var start = SkipFillers(text, after, out _);
        var end = TokenEnd(text, start);
        if (end - start < MinLength || TextBoundaries.IndexOfAsciiDigit(text[start..end]) < 0)
        {
            return default;
        }

        resume = end;
        return new PersonalDataMatch(start, end - start, kind, MatchConfidence.High);
    }

    /// <summary>
    /// Matches a user name after its cue; after a weak cue ("login") only when a colon, an equals sign or "is" sets it
    /// apart ("login: jdevries", not "login failed"). An e-mail address is left to the e-mail recognizer.
    /// </summary>
    public static PersonalDataMatch MatchUserName(ReadOnlySpan<char> text, int after, bool strongCue, out int resume)
    {
        resume = after;
        var start = SkipFillers(text, after, out var setApart);
        var end = TokenEnd(text, start);
        var token = text[start..end];
        if (token.Length < 2 || (!strongCue && !setApart) || SpokenWords.IsAny(token, NotAUserName) || (end < text.Length && text[end] == '@'))
        {
            return default;
        }

        resume = end;
        return new PersonalDataMatch(start, end - start, PersonalDataKind.PersonalData, strongCue ? MatchConfidence.High : MatchConfidence.Medium);
    }

    /// <summary>Skips spaces, a colon, "#", "=" and filler words; <paramref name="setApart"/> says whether a colon, "=" or "is" was among them.</summary>
    private static int SkipFillers(ReadOnlySpan<char> text, int i, out bool setApart)
    {
        setApart = false;
        for (var words = 0; words < 4; words++)
        {
            var start = i;
            while (i < text.Length && i - start < 4 && text[i] is ' ' or ':' or '#' or '=' or '.' or '\t' or '\u00A0')
            {
                setApart |= text[i] is ':' or '=';
                i++;
            }

            var end = SpokenWords.LetterWordEnd(text, i);
            if (end == i || !SpokenWords.IsAny(text[i..end], Fillers) || (end < text.Length && text[end] is not (' ' or ':' or '#' or '=' or '.' or '\t' or '\u00A0')))
            {
                return i;
            }

            setApart |= text[i..end].Equals("is", StringComparison.OrdinalIgnoreCase);
            i = end;
        }

        return i;
    }

    /// <summary>The end of an identifier token: letters, digits and inner '-', '.', '_', '/'; a trailing full stop is not part of it.</summary>
    private static int TokenEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < MaxLength
            && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '.' or '_' or '/' && i > start && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return i - start >= MaxLength ? start : i;
    }
}
