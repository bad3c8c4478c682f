namespace Privacy.Kit.Text;

/// <summary>
/// Recognises written dates: 12-03-1980, 12/3/80, 12.03.1980, 1980-03-12, 12-04-'02, 5/20/2021 (month first, with slashes,
/// when the day cannot be), 23 10 2011 (spaces only after a birth cue), 12 maart 1980, 17-mei-2011, 15.jan.1928, 15th June 1991,
/// 17 mei '11, March 12, 1980, 2011 mei 17, 1928.jan.15. A date is a birth date only when the context says so and the
/// date can be one (a real day, a year from 1900 to this year); any other date (an appointment) is left alone, but
/// still consumed so its digits are never read as another kind.
/// </summary>
internal static class Dates
{
    private const int FirstBirthYear = 1900;

    /// <summary>Gets the latest year a birth date can have.</summary>
    private static int LastBirthYear { get; } = DateTime.UtcNow.Year;

    /// <summary>Finds a numeric date made of the first three digit groups; returns its end, or -1.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="groups">The digit groups.</param>
    /// <param name="birthCue">Whether a birth cue precedes: only then are groups joined by spaces read as a date.</param>
    /// <param name="possibleBirthDate">Whether the date can be a birth date.</param>
    public static int NumericDateEnd(ReadOnlySpan<char> text, in DigitGroups groups, bool birthCue, out bool possibleBirthDate)
    {
        possibleBirthDate = false;
        if (groups.Count >= 2 && groups.HasUniformSeparator(2, "-/.") && groups.Length(0) is 1 or 2 && groups.Length(1) is 1 or 2)
        {
            // A two-digit year with an apostrophe: "12-04-'02", "30-5-`22".
            var i = groups.End(1);
            var separator = groups.SeparatorBefore(1)[0];
            if (i + 4 <= text.Length && text[i] == separator && text[i + 1] is '\'' or '`' or '\u2019'
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && TextBoundaries.IsEndOfToken(text, i + 4)
                && IsDayMonth(Number(groups.Digits(0)), Number(groups.Digits(1)), separator, out _))
            {
                possibleBirthDate = true;
                return i + 4;
            }
        }

        if (groups.Count < 3 || !groups.EndsCleanlyAfter(3))
        {
            return -1;
        }

        var spaced = groups.HasUniformSeparator(3, " ");
        if (!groups.HasUniformSeparator(3, "-/.") && !(spaced && birthCue && groups.Count == 3))
        {
            return -1;
        }

        int a = groups.Length(0), b = groups.Length(1), c = groups.Length(2);
        if (a is 1 or 2 && b is 1 or 2 && c is 2 or 4 && (!spaced || c == 4))
        {
            var year = Number(groups.Digits(2));
            if (!IsDayMonth(Number(groups.Digits(0)), Number(groups.Digits(1)), groups.SeparatorBefore(1)[0], out var valid))
            {
                return -1;
            }

            possibleBirthDate = valid && (c == 2 || IsBirthYear(year));
            return groups.End(2);
        }

        if (a == 4 && b is 1 or 2 && c is 1 or 2)
        {
            var year = Number(groups.Digits(0));
            int month = Number(groups.Digits(1)), day = Number(groups.Digits(2));
            if (!IsMonth(month) || !IsDay(day))
            {
                return -1;
            }

            possibleBirthDate = day <= DaysIn(month) && IsBirthYear(year);
            return groups.End(2);
        }

        return -1;
    }

    /// <summary>
    /// Finds a date with the month as a word whose first group is the day ("12 maart 1980", "17-mei-2011",
    /// "15.jan.1928", "15th June 1991") or the year ("2011 mei 17", "2011-mei-17", "1928.jan.15"); returns its end, or -1.
    /// </summary>
    public static int MonthNameDateEnd(ReadOnlySpan<char> text, in DigitGroups groups, out bool possibleBirthDate)
    {
        possibleBirthDate = false;
        var first = Number(groups.Digits(0));
        var yearFirst = groups.Length(0) == 4;
        if ((yearFirst && groups.Count > 1) || (!yearFirst && (groups.Length(0) > 2 || !IsDay(first))))
        {
            return -1;
        }

        var monthEnd = MonthAfter(text, yearFirst ? groups.End(0) : OrdinalEnd(text, groups.End(0)), out var month);
        if (monthEnd < 0)
        {
            return -1;
        }

        int day, year, end;
        if (yearFirst)
        {
            year = first;
            end = DayEnd(text, monthEnd, out day);
        }
        else
        {
            day = first;
            end = YearEnd(text, monthEnd, out year);
        }

        possibleBirthDate = end > 0 && day <= DaysIn(month) && IsBirthYear(year);
        return end;
    }

    /// <summary>Finds the start of "March 12, 1980" whose day is the first group; returns the end via <paramref name="end"/>.</summary>
    public static int MonthNameDayYearStart(ReadOnlySpan<char> text, in DigitGroups groups, out int end, out bool possibleBirthDate)
    {
        end = -1;
        possibleBirthDate = false;
        var dayStart = groups.Start(0);
        var day = Number(groups.Digits(0));
        if (groups.Length(0) > 2 || !IsDay(day) || dayStart < 4 || text[dayStart - 1] != ' ')
        {
            return -1;
        }

        var wordEnd = dayStart - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (MonthWordEnd(text, wordStart, out var month) != wordEnd)
        {
            return -1;
        }

        var i = OrdinalEnd(text, groups.End(0));
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return -1;
        }

        end = YearEnd(text, i, out var year);
        possibleBirthDate = end > 0 && day <= DaysIn(month) && IsBirthYear(year);
        return end < 0 ? -1 : wordStart;
    }

    /// <summary>
    /// Finds the four-digit year of a value that is wholly a date with the month as a word ("3 februari 1971", "March
    /// 12, 1980", "2011 mei 17"), so its redactor can keep the year as it does for a numeric date; -1 when it is none.
    /// </summary>
    public static int WrittenDateYearStart(ReadOnlySpan<char> value)
    {
        var first = TextBoundaries.IndexOfAsciiDigit(value);
        if (first < 0)
        {
            return -1;
        }

        Span<int> bounds = stackalloc int[DigitGroups.MaxGroups * 2];
        var groups = DigitGroups.Parse(value, first, bounds);
        int start = first, end;
        bool possible;
        if (first == 0)
        {
            end = MonthNameDateEnd(value, groups, out possible);
            if (possible && end == value.Length && groups.Length(0) == 4)
            {
                return 0;
            }
        }
        else
        {
            start = MonthNameDayYearStart(value, groups, out end, out possible);
        }

        var yearStart = value.Length - 4;
        return possible && start == 0 && end == value.Length && yearStart > 0 && TextBoundaries.IsAsciiDigits(value[yearStart..]) ? yearStart : -1;
    }

    /// <summary>Reads separators and a month word after <paramref name="i"/>; returns the month's end, or -1.</summary>
    private static int MonthAfter(ReadOnlySpan<char> text, int i, out int month)
    {
        month = 0;
        var monthStart = SkipSeparators(text, i, " -.");
        return monthStart == i ? -1 : MonthWordEnd(text, monthStart, out month);
    }

    /// <summary>Reads the day after the month of a year-first date: separators, then one or two digits; returns its end, or -1.</summary>
    private static int DayEnd(ReadOnlySpan<char> text, int monthEnd, out int day)
    {
        var dayStart = SkipSeparators(text, monthEnd, " -.");
        var dayEnd = dayStart;
        while (dayEnd < text.Length && dayEnd - dayStart < 2 && char.IsAsciiDigit(text[dayEnd]))
        {
            dayEnd++;
        }

        day = Number(text[dayStart..dayEnd]);
        var separated = dayStart > monthEnd || text[monthEnd - 1] == '.';
        return dayEnd > dayStart && separated && IsDay(day) && TextBoundaries.IsEndOfToken(text, dayEnd) ? dayEnd : -1;
    }

    /// <summary>Reads the year after the month: separators, then four digits or an apostrophe and two; returns its end, or -1.</summary>
    private static int YearEnd(ReadOnlySpan<char> text, int i, out int year)
    {
        year = 0;
        var start = SkipSeparators(text, i, " -.,");
        if (start == i && text[i - 1] != '.')
        {
            return -1;
        }

        if (start + 3 <= text.Length && text[start] is '\'' or '`' or '\u2019' && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2]))
        {
            year = LastBirthYear;
            return TextBoundaries.IsEndOfToken(text, start + 3) ? start + 3 : -1;
        }

        if (start + 4 > text.Length)
        {
            return -1;
        }

        var digits = text.Slice(start, 4);
        if (!TextBoundaries.IsAsciiDigits(digits) || digits[0] is not ('1' or '2'))
        {
            return -1;
        }

        year = Number(digits);
        return TextBoundaries.IsEndOfToken(text, start + 4) ? start + 4 : -1;
    }

    /// <summary>Skips an ordinal suffix after a day ("15th", "1st", "3e", "1ste").</summary>
    private static int OrdinalEnd(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length && end - i < 3 && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return text[i..end] is "st" or "nd" or "rd" or "th" or "e" or "ste" or "de" ? end : i;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> separators)
    {
        var start = i;
        while (i < text.Length && i - start < 2 && separators.Contains(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads a Dutch or English month name or abbreviation at <paramref name="start"/>; returns its end, or -1.</summary>
    private static int MonthWordEnd(ReadOnlySpan<char> text, int start, out int month)
    {
        month = 0;
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
        month = MonthNumber(lower[..length]);
        if (month == 0)
        {
            return -1;
        }

        // An abbreviation may carry a full stop: "12 mrt. 1980".
        return end < text.Length && text[end] == '.' ? end + 1 : end;
    }

    private static int MonthNumber(ReadOnlySpan<char> word) => word switch
    {
        "januari" or "january" or "jan" => 1,
        "februari" or "february" or "feb" => 2,
        "maart" or "march" or "mrt" or "mar" => 3,
        "april" or "apr" => 4,
        "mei" or "may" => 5,
        "juni" or "june" or "jun" => 6,
        "juli" or "july" or "jul" => 7,
        "augustus" or "august" or "aug" => 8,
        "september" or "sep" or "sept" => 9,
        "oktober" or "october" or "okt" or "oct" => 10,
        "november" or "nov" => 11,
        "december" or "dec" => 12,
        _ => 0,
    };

    /// <summary>
    /// Whether two numbers are a day and a month, day first ("12-04") or, with a slash and a second number that cannot
    /// be a month, month first as Americans write ("5/20"; "01-13" stays no date); <paramref name="valid"/> says whether
    /// that day exists.
    /// </summary>
    private static bool IsDayMonth(int first, int second, char separator, out bool valid)
    {
        if (IsDay(first) && IsMonth(second))
        {
            valid = first <= DaysIn(second);
            return true;
        }

        if (separator == '/' && IsMonth(first) && second is > 12 and <= 31)
        {
            valid = second <= DaysIn(first);
            return true;
        }

        valid = false;
        return false;
    }

    private static bool IsBirthYear(int year) => year >= FirstBirthYear && year <= LastBirthYear;

    private static int DaysIn(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
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
