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

        Span<char> letters = [char.ToUpperInvariant(first), char.ToUpperInvariant(second)];
        if (IsExcluded(letters))
        {
            return default;
        }

        var end = i + 2;
        var confidence = cue == ContextCue.Address || FollowedByPlaceName(text, end) ? MatchConfidence.High : MatchConfidence.Medium;
        return new PersonalDataMatch(groups.Start(0), end - groups.Start(0), DetectedDataKind.PostalAddress, confidence);
    }

    private static bool FollowedByPlaceName(ReadOnlySpan<char> text, int end) =>
        end + 2 < text.Length && text[end] is ' ' or ',' && char.IsUpper(text[end + 1] == ' ' ? text[end + 2] : text[end + 1]);

    private static bool IsExcluded(ReadOnlySpan<char> letters) => letters switch
    {
        // Never issued.
        "SA" or "SD" or "SS" => true,

        // Units and abbreviations that follow a 4-digit number.
        "KB" or "MB" or "GB" or "TB" or "PB" or "KM" or "CM" or "MM" or "KG" or "MG" or "ML" or "CL" or "DL" or "HZ"
            or "KW" or "MW" or "GW" or "PK" or "AM" or "PM" or "BC" or "AD" or "ST" or "NR" or "EU" or "US" or "UK" => true,
        _ => false,
    };
}
