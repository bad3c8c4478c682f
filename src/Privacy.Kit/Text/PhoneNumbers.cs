namespace Privacy.Kit.Text;

/// <summary>
/// Telephone numbers as people type them. National: NL and BE numbers with a leading 0 (10 digits; 0800/0900 service
/// numbers; 9-digit Belgian landlines in their usual grouping or after a phone cue). International: +CC or 00CC with at
/// most 15 digits (E.164), exact national lengths for NL (9), BE (8-9) and NANP (10), the "(0)" trunk prefix allowed.
/// </summary>
internal static class PhoneNumbers
{
    private const string Separators = " -./()\u00A0";

    /// <summary>Matches a national number starting with a single 0.</summary>
    public static PersonalDataMatch MatchNational(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue)
    {
        var first = groups.Digits(0);
        if (first[0] != '0' || (first.Length > 1 && first[1] == '0') || cue == ContextCue.Reference)
        {
            return default;
        }

        var digits = 0;
        for (var take = 1; take <= groups.Count; take++)
        {
            digits += groups.Length(take - 1);
            if (digits > 12 || !SeparatorsAllowed(groups, take))
            {
                return default;
            }

            if (groups.EndsCleanlyAfter(take) && IsNationalLength(groups, take, digits, cue))
            {
                return Build(text, groups, take, cue == ContextCue.Phone ? MatchConfidence.High : MatchConfidence.Medium);
            }
        }

        return default;
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
            if (significant < 8 || !groups.EndsCleanlyAfter(take))
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

    private static bool IsNationalLength(in DigitGroups groups, int take, int digits, ContextCue cue)
    {
        var first = groups.Digits(0);
        var service = first.Length >= 4 && first[..4] is "0800" or "0900" or "0906" or "0909";
        if (service)
        {
            return digits is 8 or 11;
        }

        return digits switch
        {
            10 => true,
            9 => cue == ContextCue.Phone || IsBelgianLandlineGrouping(groups, take),
            11 or 12 => cue == ContextCue.Phone,
            _ => false,
        };
    }

    private static bool IsBelgianLandlineGrouping(in DigitGroups groups, int take) =>
        take == 4 && groups.Length(2) == 2 && groups.Length(3) == 2
        && ((groups.Length(0) == 2 && groups.Length(1) == 3) || (groups.Length(0) == 3 && groups.Length(1) == 2));

    /// <summary>The national significant length for countries whose numbers have one length; 0 when it varies.</summary>
    private static int ExactLength(ReadOnlySpan<byte> digits) => digits[0] switch
    {
        1 => 11, // NANP: 1 + 10 digits
        3 when digits[1] == 1 => 11, // NL: 31 + 9 digits
        3 when digits[1] == 2 && digits.Length == 10 => 10, // BE landline: 32 + 8 digits
        3 when digits[1] == 2 => 11, // BE mobile: 32 + 9 digits
        _ => 0,
    };

    private static bool IsTrunkPrefix(in DigitGroups groups, int group) =>
        group > 0 && groups.Digits(group) is "0" && groups.SeparatorBefore(group).EndsWith("(")
        && group + 1 < groups.Count && groups.SeparatorBefore(group + 1).StartsWith(")");

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

        // "(020) 123 4567": take in the opening parenthesis when the number closes one.
        if (from > 0 && text[from - 1] == '(' && text[from..end].Contains(')'))
        {
            from--;
        }

        return new PersonalDataMatch(from, end - from, DetectedDataKind.PhoneNumber, confidence);
    }
}
