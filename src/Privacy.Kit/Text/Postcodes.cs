namespace Privacy.Kit.Text;

/// <summary>
/// Dutch postcodes: 4 digits (no leading 0), an optional space, 2 letters other than SA, SD and SS. Unit symbols
/// ("1500 MB", "2000 KM") are not postcodes; lower-case letters count only compact ("1234ab") or after an address cue,
/// because "2024 en" is a year and a word.
/// </summary>
internal static class Postcodes
{
    /// <summary>Matches a postcode whose digits are the first group.</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue)
    {
        if (groups.Length(0) != 4 || groups.Digits(0)[0] == '0' || cue == ContextCue.Reference)
        {
            return default;
        }

        var i = groups.End(0);
        var spaced = i < text.Length && text[i] == ' ';
        if (spaced)
        {
            i++;
        }

        if (i + 2 > text.Length || !char.IsAsciiLetter(text[i]) || !char.IsAsciiLetter(text[i + 1])
            || (i + 2 < text.Length && (TextBoundaries.IsWordCharacter(text[i + 2]) || text[i + 2] is '@' or '_')))
        {
            return default;
        }

        char first = text[i], second = text[i + 1];
        var upper = char.IsAsciiLetterUpper(first) && char.IsAsciiLetterUpper(second);
        var lower = char.IsAsciiLetterLower(first) && char.IsAsciiLetterLower(second);
        if (!(upper || (lower && (!spaced || cue == ContextCue.Address))))
        {
            return default;
        }

        // After an address cue, or before a place name, the letters may be anything ever issued ("postcode 3972 GB",
        // "2005NR Utrecht"): the unit reading needs neither.
        Span<char> letters = [char.ToUpperInvariant(first), char.ToUpperInvariant(second)];
        var end = i + 2;
        if (IsNeverIssued(letters) || (cue != ContextCue.Address && IsUnit(letters) && !FollowedByPlaceName(text, end, capitalisedOnly: true)))
        {
            return default;
        }

        var confidence = cue == ContextCue.Address || FollowedByPlaceName(text, end, capitalisedOnly: false) ? MatchConfidence.High : MatchConfidence.Medium;
        return new PersonalDataMatch(groups.Start(0), end - groups.Start(0), PersonalDataKind.PostalAddress, confidence);
    }

    /// <summary>
    /// Matches a postcode written with the country prefix ("NL-2611ET", "NL 2611 ET") whose digits start at
    /// <paramref name="groups"/>: read as if an address cue preceded it.
    /// </summary>
    public static PersonalDataMatch MatchAfterCountryPrefix(ReadOnlySpan<char> text, in DigitGroups groups)
    {
        var digits = groups.Start(0);
        if (digits < 3 || text[digits - 1] is not ('-' or ' ') || char.ToUpperInvariant(text[digits - 3]) != 'N'
            || char.ToUpperInvariant(text[digits - 2]) != 'L' || (digits > 3 && TextBoundaries.IsWordCharacter(text[digits - 4])))
        {
            return default;
        }

        var match = Match(text, groups, ContextCue.Address);
        return match.Length == 0 ? default : new PersonalDataMatch(digits - 3, match.Length + 3, PersonalDataKind.PostalAddress, match.Confidence);
    }

    /// <summary>
    /// Whether a place name follows: a word starting with a capital, or with <paramref name="capitalisedOnly"/> a
    /// capitalised word ("Utrecht", "'s-Hertogenbosch") and not an acronym ("1500 MB RAM").
    /// </summary>
    private static bool FollowedByPlaceName(ReadOnlySpan<char> text, int end, bool capitalisedOnly)
    {
        if (end + 2 >= text.Length || text[end] is not (' ' or ','))
        {
            return false;
        }

        var i = text[end + 1] == ' ' ? end + 2 : end + 1;
        if (text[i..].StartsWith("'s-", StringComparison.Ordinal))
        {
            return true;
        }

        return char.IsUpper(text[i]) && (!capitalisedOnly || (i + 1 < text.Length && char.IsLower(text[i + 1])));
    }

    private static bool IsNeverIssued(ReadOnlySpan<char> letters) => letters is "SA" or "SD" or "SS";

    /// <summary>Units and abbreviations that follow a 4-digit number.</summary>
    private static bool IsUnit(ReadOnlySpan<char> letters) => letters switch
    {
        "KB" or "MB" or "GB" or "TB" or "PB" or "KM" or "CM" or "MM" or "KG" or "MG" or "ML" or "CL" or "DL" or "HZ"
            or "KW" or "MW" or "GW" or "PK" or "AM" or "PM" or "BC" or "AD" or "ST" or "NR" or "EU" or "US" or "UK" => true,
        _ => false,
    };
}
