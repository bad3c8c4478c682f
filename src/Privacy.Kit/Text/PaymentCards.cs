namespace Privacy.Kit.Text;

/// <summary>Payment card numbers: 13-19 digits, compact or in groups (4-4-4-4, 4-6-5), Luhn and issuer checked.</summary>
internal static class PaymentCards
{
    /// <summary>Matches a card number made of the leading groups.</summary>
    public static PersonalDataMatch Match(in DigitGroups groups, ContextCue cue)
    {
        var take = CardGroupCount(groups);
        if (take == 0 || cue == ContextCue.Reference)
        {
            return default;
        }

        var valid = IsValid(groups, take);
        return groups.ToMatch(take, PersonalDataKind.PaymentCard, Confidence.Of(valid, cue == ContextCue.PaymentCard, corroborated: take > 1));
    }

    /// <summary>
    /// Matches a card number whose groups of four are joined by dots ("4387.2425.6830.6545"), a layout version numbers
    /// share: only a number that passes Luhn and belongs to an issuer counts.
    /// </summary>
    public static PersonalDataMatch MatchDotted(in DigitGroups groups, ContextCue cue)
    {
        if (cue == ContextCue.Reference || groups.Length(0) != 4)
        {
            return default;
        }

        var digits = 0;
        for (var g = 0; g < groups.Count && digits < 19; g++)
        {
            digits += groups.Length(g);
            var last = g + 1;
            if (digits is >= 13 and <= 19 && (last == groups.Count || groups.Length(last) != 4) && groups.HasUniformSeparator(last, ".") && groups.EndsCleanlyAfter(last))
            {
                return IsValid(groups, last) ? groups.ToMatch(last, PersonalDataKind.PaymentCard, MatchConfidence.High) : default;
            }

            if (groups.Length(g) != 4)
            {
                return default;
            }
        }

        return default;
    }

    private static bool IsValid(in DigitGroups groups, int take)
    {
        Span<byte> digits = stackalloc byte[19];
        var number = digits[..groups.CopyDigits(0, take, digits)];
        return Checksums.PassesLuhn(number) && CardIssuers.IsIssued(number);
    }

    private static int CardGroupCount(in DigitGroups groups)
    {
        if (groups.Length(0) is >= 13 and <= 19)
        {
            return groups.EndsCleanlyAfter(1) ? 1 : 0;
        }

        if (groups.Length(0) != 4 || groups.Count < 3)
        {
            return 0;
        }

        // 4-6-5 (American Express) and 4-6-4 (Diners Club).
        if (groups.Length(1) == 6 && groups.Length(2) is 4 or 5 && groups.HasUniformSeparator(3, " -") && groups.EndsCleanlyAfter(3))
        {
            return 3;
        }

        // Groups of four, the last one possibly shorter: 4-4-4-4, 4-4-4-4-3, 4-4-4-1.
        var digits = 4;
        for (var g = 1; g < groups.Count && digits < 19; g++)
        {
            digits += groups.Length(g);
            var last = g + 1;
            if (digits is >= 13 and <= 19 && groups.HasUniformSeparator(last, " -") && groups.EndsCleanlyAfter(last)
                && (last == groups.Count || groups.Length(last) != 4 || digits + 4 > 19))
            {
                return groups.Length(g) <= 4 ? last : 0;
            }

            if (groups.Length(g) != 4)
            {
                return 0;
            }
        }

        return 0;
    }
}
