namespace Privacy.Kit.Text;

/// <summary>
/// Telephone numbers as people type them. National: NL and BE numbers with a leading 0 (10 digits; 0800/0900 service
/// numbers; 9-digit Belgian landlines in their usual grouping or after a phone cue). International: +CC or 00CC with at
/// most 15 digits (E.164), exact national lengths for NL (9), BE (8-9) and NANP (10), the "(0)" trunk prefix allowed.
/// </summary>
internal static class PhoneNumbers
{
    private const string Separators = " -./()\u00A0";
    /// <summary>The most digits a national number has (a German number with a long area code, 0800 with ten digits).</summary>
    public const int MaxNationalDigits = 14;
    private const int MinInternationalDigits = 7;
    private const int MaxExtensionDigits = 6;

    /// <summary>The words that write an extension after a number, longest first.</summary>
    private static readonly string[] ExtensionMarks = ["extension", "toestel", "ext.", "tst.", "ext", "tst", "x"];

    /// <summary>Matches a national number starting with a single 0.</summary>
    /// <remarks>
    /// The longest plausible reading wins over a shorter one ("030 1234 5678" is one number, not "030 1234"; "0 532 123
    /// 45 67" one, not "0 532 123 45").
    /// </remarks>
    public static PersonalDataMatch MatchNational(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue)
    {
        var first = groups.Digits(0);
        if (first[0] != '0' || (first.Length > 1 && first[1] == '0') || cue == ContextCue.Reference || (first.Length == 1 && groups.Count == 1))
        {
            return default;
        }

        // "0.000000012" and "0,5" are decimals; "011-12-3456" has the shape of a US social security number.
        if ((first.Length == 1 && groups.SeparatorBefore(1) is "." or ",") || IsSocialSecurityShape(groups))
        {
            return default;
        }

        var digits = 0;
        var best = 0;
        for (var take = 1; take <= groups.Count; take++)
        {
            digits += groups.Length(take - 1);
            if (digits > MaxNationalDigits || !SeparatorsAllowed(groups, take))
            {
                break;
            }

            if (EndsCleanly(text, groups, take) && IsNationalLength(groups, take, digits, cue))
            {
                best = take;
            }
        }

        return best == 0 ? default : Build(text, groups, best, cue == ContextCue.Phone ? MatchConfidence.High : MatchConfidence.Medium);
    }

    /// <summary>
    /// Matches a North American number in its usual shapes: "(415) 555-0132", "415-555-0132", "123.456.7890",
    /// "1-541-754-3010", "1 (877) 609-2233". Three, three and four digits, the area code in parentheses or set apart
    /// by a hyphen or dot, the exchange code starting with 2-9, so no other 10-digit number is read as one.
    /// </summary>
    public static PersonalDataMatch MatchNorthAmerican(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue)
    {
        var skip = groups.Digits(0) is "1" && groups.Count >= 4 ? 1 : 0;
        if (cue == ContextCue.Reference || groups.Count < 3 + skip || groups.Length(skip) != 3 || groups.Length(skip + 1) != 3
            || groups.Length(skip + 2) != 4 || !SeparatorsAllowed(groups, skip + 3) || !EndsCleanly(text, groups, skip + 3))
        {
            return default;
        }

        var beforeArea = skip == 0 ? default : groups.SeparatorBefore(1);
        var afterArea = groups.SeparatorBefore(skip + 1);
        var beforeLine = groups.SeparatorBefore(skip + 2);
        var areaStart = groups.Start(skip);
        var parenthesised = afterArea.StartsWith(")") && areaStart > 0 && text[areaStart - 1] == '(';
        // An exchange code never starts with 0 or 1; "917 123 4567" with spaces only is as likely another number.
        var areaApart = parenthesised ? afterArea.Length <= 2 : afterArea is "-" or "." || (afterArea is " " && beforeLine is not " ");
        return areaApart && beforeLine is "-" or "." or " " && groups.Digits(skip + 1)[0] >= '2' && (skip == 0 || beforeArea is "-" or " " or " (" or "(")
            ? Build(text, groups, skip + 3, cue == ContextCue.Phone ? MatchConfidence.High : MatchConfidence.Medium)
            : default;
    }

    /// <summary>Matches an international number whose digits (after + or 00) are the groups.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="groups">The digit groups, the country code first.</param>
    /// <param name="start">Where the match starts: the + or the first 0 of 00.</param>
    /// <param name="skipDigits">Leading digits that are not part of the number (2 for a 00 prefix).</param>
    public static PersonalDataMatch MatchInternational(ReadOnlySpan<char> text, in DigitGroups groups, int start, int skipDigits)
    {
        Span<byte> digits = stackalloc byte[24];
        var count = 0;
        var best = 0;
        for (var take = 1; take <= groups.Count && count <= 15; take++)
        {
            if (!SeparatorsAllowed(groups, take))
            {
                break;
            }

            var group = take - 1;
            if (!IsTrunkPrefix(groups, group))
            {
                count += groups.CopyDigits(group, take, digits[count..]);
            }

            var significant = count - skipDigits;
            if (significant < MinInternationalDigits || !EndsCleanly(text, groups, take))
            {
                continue;
            }

            var exact = ExactLength(digits[skipDigits..count]);
            if (exact > 0)
            {
                if (significant == exact)
                {
                    return Build(text, groups, take, MatchConfidence.High, start);
                }
            }
            else if (significant <= 15)
            {
                best = take;
            }
        }

        return best == 0 ? default : Build(text, groups, best, MatchConfidence.High, start);
    }

    /// <summary>
    /// Whether a national number of this many digits is a phone number, by the lengths the NL, BE and DE numbering
    /// plans (and most others with a 0 trunk prefix) give: 9 to 12 digits always; 13 or 14 (German numbers with a long
    /// area code, 0800 with ten digits) when grouped or after a phone cue; 7 or 8 (service numbers such as
    /// "0800 12 345", short German numbers) when an area code of three to five digits is set apart, or after a phone
    /// cue. A compact 9-digit number that passes the 11-proef is left to the BSN.
    /// </summary>
    private static bool IsNationalLength(in DigitGroups groups, int take, int digits, ContextCue cue)
    {
        var first = groups.Digits(0);
        var areaCodeApart = take >= 2 && first.Length is >= 3 and <= 5 && groups.SeparatorBefore(1) is " " or "/" or "\u00A0";
        return digits switch
        {
            9 when take == 1 || (take == 3 && groups.Length(0) == 3 && groups.Length(1) == 3) => cue == ContextCue.Phone || !IsBsn(groups, take),
            >= 9 and <= 12 => true,
            13 or 14 => cue == ContextCue.Phone || take >= 2,
            7 or 8 => cue == ContextCue.Phone || areaCodeApart || IsServiceNumber(first),
            _ => false,
        };
    }

    private static bool IsSocialSecurityShape(in DigitGroups groups) =>
        groups.Count == 3 && groups.Length(0) == 3 && groups.Length(1) == 2 && groups.Length(2) == 4 && groups.HasUniformSeparator(3, "-");

    private static bool IsServiceNumber(ReadOnlySpan<char> first) => first.Length >= 4 && first[..4] is "0800" or "0900" or "0906" or "0909";

    private static bool IsBsn(in DigitGroups groups, int take)
    {
        Span<byte> digits = stackalloc byte[9];
        groups.CopyDigits(0, take, digits);
        return Checksums.IsValidBsn(digits);
    }

    /// <summary>The national significant length for countries whose numbers have one length; 0 when it varies.</summary>
    private static int ExactLength(ReadOnlySpan<byte> digits) => digits[0] switch
    {
        1 => 11, // NANP: 1 + 10 digits
        3 when digits[1] == 1 && digits.Length > 2 && digits[2] is 8 or 9 or 1 => 0, // NL: 0800/0900 service and 14 0xx municipal numbers vary
        3 when digits[1] == 1 => 11, // NL: 31 + 9 digits
        3 when digits[1] == 2 && digits.Length == 10 => 10, // BE landline: 32 + 8 digits
        3 when digits[1] == 2 => 11, // BE mobile: 32 + 9 digits
        _ => 0,
    };

    private static bool IsTrunkPrefix(in DigitGroups groups, int group) =>
        group > 0 && groups.Digits(group) is "0" && groups.SeparatorBefore(group).EndsWith("(")
        && group + 1 < groups.Count && groups.SeparatorBefore(group + 1).StartsWith(")");

    /// <summary>Whether a number may end after the first <paramref name="take"/> groups, an extension after it included ("...4567x123").</summary>
    private static bool EndsCleanly(ReadOnlySpan<char> text, in DigitGroups groups, int take) =>
        groups.EndsCleanlyAfter(take) || (take == groups.Count && ExtensionEnd(text, groups.End(take - 1)) > 0);

    /// <summary>
    /// Where an extension written right after a number ends ("x123", " x 63888", " ext. 12", "ext63888", " toestel 204"),
    /// or -1 when none follows: it dials the person as much as the number does, so it goes with it.
    /// </summary>
    private static int ExtensionEnd(ReadOnlySpan<char> text, int end)
    {
        var at = end < text.Length && text[end] == ' ' ? end + 1 : end;
        foreach (var mark in ExtensionMarks)
        {
            if (!text[at..].StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var digitsStart = at + mark.Length;
            if (digitsStart < text.Length && text[digitsStart] == ' ')
            {
                digitsStart++;
            }

            var digitsEnd = digitsStart;
            while (digitsEnd < text.Length && digitsEnd - digitsStart < MaxExtensionDigits && char.IsAsciiDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            return digitsEnd > digitsStart && TextBoundaries.IsEndOfToken(text, digitsEnd) ? digitsEnd : -1;
        }

        return -1;
    }

    private static bool SeparatorsAllowed(in DigitGroups groups, int take)
    {
        for (var g = 1; g < take; g++)
        {
            foreach (var c in groups.SeparatorBefore(g))
            {
                if (!Separators.Contains(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static PersonalDataMatch Build(ReadOnlySpan<char> text, in DigitGroups groups, int take, MatchConfidence confidence, int start = -1)
    {
        var from = start < 0 ? groups.Start(0) : start;
        var end = groups.End(take - 1);
        var extensionEnd = take == groups.Count ? ExtensionEnd(text, end) : -1;
        if (extensionEnd > 0)
        {
            end = extensionEnd;
        }

        // "(020) 123 4567": take in the opening parenthesis when the number closes one.
        if (from > 0 && text[from - 1] == '(' && text[from..end].Contains(')'))
        {
            from--;
        }

        return new PersonalDataMatch(from, end - from, PersonalDataKind.PhoneNumber, confidence);
    }
}
