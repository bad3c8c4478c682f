namespace Privacy.Kit.Text;

/// <summary>Dutch BSN (11-proef) and Belgian national numbers (mod 97 with the 2000 rule).</summary>
internal static class NationalIds
{
    /// <summary>A BSN: 9 digits compact or as 123 456 782, 1234.56.782; 8 digits only after a BSN cue (leading 0 dropped).</summary>
    public static PersonalDataMatch MatchBsn(in DigitGroups groups, ContextCue cue)
    {
        var take = BsnGroupCount(groups, cue);
        if (take == 0 || cue == ContextCue.Reference)
        {
            return default;
        }

        // An 8-digit BSN had its leading 0 dropped.
        Span<byte> digits = stackalloc byte[9];
        groups.CopyDigits(0, take, groups.DigitCount(take) == 9 ? digits : digits[1..]);

        var confidence = Confidence.Of(Checksums.IsValidBsn(digits), cue == ContextCue.NationalId, corroborated: false);
        return groups.ToMatch(take, PersonalDataKind.NationalId, confidence);
    }

    /// <summary>A Belgian national or BIS number: 85.07.30-033.28, 850730 033 28, 850730-033.28, 85073003328, 00000100166.</summary>
    public static PersonalDataMatch MatchBelgian(in DigitGroups groups, ContextCue cue)
    {
        var take = BelgianGroupCount(groups);
        if (take == 0 || (take == 1 && cue == ContextCue.Reference))
        {
            return default;
        }

        Span<byte> digits = stackalloc byte[11];
        groups.CopyDigits(0, take, digits);
        // A month of 0 or a day past the month's end means the birth date was unknown when the number was issued
        // ("85073500107"); the whole date unknown is written 000001. Months 21-32 and 41-52 are BIS numbers.
        var month = (digits[2] * 10) + digits[3];
        var valid = month <= 52 && month % 20 <= 12 && Checksums.IsValidBelgianNationalNumber(digits);
        var confidence = Confidence.Of(valid, cue == ContextCue.NationalId, corroborated: take > 1);
        return groups.ToMatch(take, PersonalDataKind.NationalId, confidence);
    }

    private static int BsnGroupCount(in DigitGroups groups, ContextCue cue)
    {
        if (groups.Length(0) == 9 || (groups.Length(0) == 8 && cue == ContextCue.NationalId))
        {
            return groups.EndsCleanlyAfter(1) ? 1 : 0;
        }

        if (groups.Count >= 3 && groups.HasUniformSeparator(3, " .-") && groups.EndsCleanlyAfter(3)
            && groups.Length(2) == 3 && ((groups.Length(0) == 3 && groups.Length(1) == 3) || (groups.Length(0) == 4 && groups.Length(1) == 2)))
        {
            return 3;
        }

        return 0;
    }

    private static int BelgianGroupCount(in DigitGroups groups)
    {
        if (groups.Length(0) == 11)
        {
            return groups.EndsCleanlyAfter(1) ? 1 : 0;
        }

        if (groups.Count >= 5 && groups.Length(0) == 2 && groups.Length(1) == 2 && groups.Length(2) == 2
            && groups.Length(3) == 3 && groups.Length(4) == 2 && AllSingle(groups, 5, " .-") && groups.EndsCleanlyAfter(5))
        {
            return 5;
        }

        return groups.Count >= 3 && groups.Length(0) == 6 && groups.Length(1) == 3 && groups.Length(2) == 2
            && AllSingle(groups, 3, " .-") && groups.EndsCleanlyAfter(3) ? 3 : 0;
    }

    private static bool AllSingle(in DigitGroups groups, int count, ReadOnlySpan<char> allowed)
    {
        for (var g = 1; g < count; g++)
        {
            var separator = groups.SeparatorBefore(g);
            if (separator.Length != 1 || !allowed.Contains(separator[0]))
            {
                return false;
            }
        }

        return true;
    }
}
