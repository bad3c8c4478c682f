namespace Privacy.Kit.Text;

/// <summary>
/// Recognises written dates: 12-03-1980, 12/3/80, 12.03.1980, 1980-03-12, 12 maart 1980, 12 March 1980, March 12, 1980.
/// A date is a birth date only when the context says so; any other date (an appointment) is left alone, but still
/// consumed so its digits are never read as another kind.
/// </summary>
internal static class Dates
{
    /// <summary>Finds a numeric date made of the first three digit groups; returns its end, or -1.</summary>
    public static int NumericDateEnd(in DigitGroups groups)
    {
        if (groups.Count < 3 || !groups.HasUniformSeparator(3, "-/.") || !groups.EndsCleanlyAfter(3))
        {
            return -1;
        }

        int a = groups.Length(0), b = groups.Length(1), c = groups.Length(2);
        var dayMonthYear = a is 1 or 2 && b is 1 or 2 && c is 2 or 4
            && IsDay(Number(groups.Digits(0))) && IsMonth(Number(groups.Digits(1)));
        var yearMonthDay = a == 4 && b is 1 or 2 && c is 1 or 2
            && IsMonth(Number(groups.Digits(1))) && IsDay(Number(groups.Digits(2)));
        return dayMonthYear || yearMonthDay ? groups.End(2) : -1;
    }

    /// <summary>Finds "12 maart 1980" or "12 March 1980" starting at the day; returns its end, or -1.</summary>
    public static int DayMonthNameYearEnd(ReadOnlySpan<char> text, in DigitGroups groups)
    {
        if (groups.Length(0) > 2 || !IsDay(Number(groups.Digits(0))))
        {
            return -1;
        }

        var i = groups.End(0);
        if (i >= text.Length || text[i] != ' ')
        {
            return -1;
        }

        var monthEnd = MonthWordEnd(text, i + 1);
        return monthEnd < 0 ? -1 : YearEnd(text, monthEnd, comma: false);
    }

    /// <summary>Finds the start of "March 12, 1980" whose day is the first group; returns the end via <paramref name="end"/>.</summary>
    public static int MonthNameDayYearStart(ReadOnlySpan<char> text, in DigitGroups groups, out int end)
    {
        end = -1;
        var dayStart = groups.Start(0);
        if (groups.Length(0) > 2 || !IsDay(Number(groups.Digits(0))) || dayStart < 4 || text[dayStart - 1] != ' ')
        {
            return -1;
        }

        var wordEnd = dayStart - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (MonthWordEnd(text, wordStart) != wordEnd)
        {
            return -1;
        }

        end = YearEnd(text, groups.End(0), comma: true);
        return end < 0 ? -1 : wordStart;
    }

    private static int YearEnd(ReadOnlySpan<char> text, int i, bool comma)
    {
        if (comma && i < text.Length && text[i] == ',')
        {
            i++;
        }

        if (i + 5 > text.Length || text[i] != ' ')
        {
            return -1;
        }

        var year = text.Slice(i + 1, 4);
        if (!char.IsAsciiDigit(year[0]) || !char.IsAsciiDigit(year[1]) || !char.IsAsciiDigit(year[2]) || !char.IsAsciiDigit(year[3]))
        {
            return -1;
        }

        var end = i + 5;
        return TextBoundaries.IsEndOfToken(text, end) && year[0] is '1' or '2' ? end : -1;
    }

    /// <summary>Reads a Dutch or English month name or abbreviation at <paramref name="start"/>; returns its end, or -1.</summary>
    private static int MonthWordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 10 && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end == start || (end < text.Length && char.IsLetter(text[end])))
        {
            return -1;
        }

        Span<char> lower = stackalloc char[10];
        var length = text[start..end].ToLowerInvariant(lower);
        if (!IsMonthName(lower[..length]))
        {
            return -1;
        }

        // An abbreviation may carry a full stop: "12 mrt. 1980".
        return end < text.Length && text[end] == '.' ? end + 1 : end;
    }

    private static bool IsMonthName(ReadOnlySpan<char> word) => word switch
    {
        "januari" or "january" or "jan" or "februari" or "february" or "feb" or "maart" or "march" or "mrt" or "mar"
            or "april" or "apr" or "mei" or "may" or "juni" or "june" or "jun" or "juli" or "july" or "jul"
            or "augustus" or "august" or "aug" or "september" or "sep" or "sept" or "oktober" or "october" or "okt"
            or "oct" or "november" or "nov" or "december" or "dec" => true,
        _ => false,
    };

    private static bool IsDay(int day) => day is >= 1 and <= 31;

    private static bool IsMonth(int month) => month is >= 1 and <= 12;

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
