namespace Privacy.Kit.Text;

/// <summary>
/// Decides what a number that starts a token is, most specific shape first: IPv4, a date (a birth date only with a
/// birth cue), an international number written with 00, a Belgian national number, a payment card, a national phone
/// number, a BSN, a postcode. The words before the number are read once and shared by every check.
/// </summary>
internal static class NumberRecognizer
{
    /// <summary>Matches the number whose digit groups are given; <paramref name="next"/> is where scanning resumes when nothing matches.</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, in DigitGroups groups, ref int next) =>
        Match(text, groups, ContextCues.Before(text, groups.Start(0)), ref next);

    /// <summary>Matches the number whose digit groups are given, read with <paramref name="cue"/> (the words before it).</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue, ref int next)
    {

        var ip = IpAddresses.MatchIpv4(text, groups, cue);
        if (ip.Length > 0)
        {
            return ip;
        }

        var first = groups.Digits(0);
        var leadingZero = first.Length >= 2 && first[0] == '0';
        if (groups.Count >= 4 && groups.HasUniformSeparator(4, ".") && !leadingZero)
        {
            // A card number grouped with dots, else a version number or other dotted code: never read its parts as separate items.
            var card = PaymentCards.MatchDotted(groups, cue);
            if (card.Length == 0)
            {
                next = groups.End(groups.Count - 1);
            }

            return card;
        }

        if (groups.IsLongBlockRun(PhoneNumbers.MaxNationalDigits))
        {
            // Longer than any phone number, in the blocks of an account or card: a card, else one number left whole.
            var card = PaymentCards.Match(groups, cue);
            if (card.Length == 0)
            {
                next = groups.End(groups.Count - 1);
            }

            return card;
        }

        var date = MatchDate(text, groups, cue, ref next);
        if (date.Length > 0 || next > groups.End(0))
        {
            return date;
        }

        // A compact Belgian national number of someone whose birth date was unknown starts with 00 ("00000100166").
        var match = leadingZero && groups.Length(0) == 11 ? NationalIds.MatchBelgian(groups, cue) : default;
        if (match.Confidence < MatchConfidence.Medium)
        {
            match = default;
        }

        if (match.Length == 0 && (first.Length >= 3 || (first.Length == 2 && groups.Count > 1)) && first[0] == '0' && first[1] == '0' && cue != ContextCue.NationalId)
        {
            match = PhoneNumbers.MatchInternational(text, groups, groups.Start(0), skipDigits: 2);
        }

        if (match.Length == 0)
        {
            match = NationalIds.MatchBelgian(groups, cue);
        }

        if (match.Length == 0)
        {
            match = PaymentCards.Match(groups, cue);
        }

        if (match.Length == 0)
        {
            match = PhoneNumbers.MatchNational(text, groups, cue);
        }

        if (match.Length == 0)
        {
            match = PhoneNumbers.MatchNorthAmerican(text, groups, cue);
        }

        if (match.Length == 0)
        {
            match = NationalIds.MatchBsn(groups, cue);
        }

        if (match.Length == 0)
        {
            match = Postcodes.Match(text, groups, cue);
        }

        return match;
    }

    private static PersonalDataMatch MatchDate(ReadOnlySpan<char> text, in DigitGroups groups, ContextCue cue, ref int next)
    {
        var start = groups.Start(0);
        var end = Dates.NumericDateEnd(text, groups, cue == ContextCue.Birth, out var possible);
        if (end < 0)
        {
            end = Dates.MonthNameDateEnd(text, groups, out possible);
        }

        if (end < 0)
        {
            var monthStart = Dates.MonthNameDayYearStart(text, groups, out end, out possible);
            if (monthStart >= 0)
            {
                start = monthStart;
                cue = ContextCues.Before(text, monthStart);
            }
        }

        if (end < 0)
        {
            return default;
        }

        if (cue != ContextCue.Birth || !possible)
        {
            // Appointment and other dates stay, whole: none of their digits is another item.
            next = end;
            return default;
        }

        return new PersonalDataMatch(start, end - start, PersonalDataKind.DateOfBirth, MatchConfidence.High);
    }
}
