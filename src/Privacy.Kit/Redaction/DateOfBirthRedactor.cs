using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps the year of a date of birth: <c>1980-04-23</c>, <c>23-04-1980</c>, <c>23/04/1980 00:00:00</c> and
/// <c>19800423</c>, and dates with the month as a word (<c>3 februari 1971</c>, <c>March 12, 1980</c>) all become the year.
/// A value that is not a date is hidden entirely.
/// </summary>
internal sealed class DateOfBirthRedactor : MaskingRedactor
{
    private const int YearLength = 4;

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static DateOfBirthRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> value = DiscriminatorSuffix.Strip(input).Trim();

        // A time of day may follow the date (DateTime formatting); only the year is written, so it is simply ignored.
        int end = value.IndexOfAny(' ', 'T');
        ReadOnlySpan<char> date = end < 0 ? value : value[..end];
        ReadOnlySpan<char> year = FindYear(date);
        if (!year.IsEmpty)
        {
            return Append(destination, 0, year);
        }

        // A date with the month as a word, as the scanner finds in notes ("3 februari 1971"), keeps its year too. Tried
        // second: no numeric date is also one with a month word, and reading month words costs twice the numeric parse.
        int writtenYear = Dates.WrittenDateYearStart(value);
        return writtenYear >= 0 ? Append(destination, 0, value.Slice(writtenYear, YearLength)) : WriteMaskOnly(destination);
    }

    /// <summary>The year of a day-month-year, month-day-year, year-month-day or yyyyMMdd date; empty when it is none.</summary>
    private static ReadOnlySpan<char> FindYear(ReadOnlySpan<char> date)
    {
        if (date.Length == 8 && TextBoundaries.IsAsciiDigits(date))
        {
            return IsDate(date[..4], date[4..6], date[6..]) ? date[..4] : default;
        }

        int separator = date.IndexOfAny('-', '/', '.');
        if (separator < 0)
        {
            return default;
        }

        ReadOnlySpan<char> first = date[..separator];
        ReadOnlySpan<char> rest = date[(separator + 1)..];
        int second = rest.IndexOf(date[separator]);
        if (second < 0)
        {
            return default;
        }

        ReadOnlySpan<char> middle = rest[..second];
        ReadOnlySpan<char> last = rest[(second + 1)..];
        if (first.Length == YearLength)
        {
            return IsDate(first, middle, last) ? first : default;
        }

        // Day-month-year or month-day-year: either reading must be a date. A third separator fails the digit test.
        return last.Length == YearLength && (IsDate(last, middle, first) || IsDate(last, first, middle)) ? last : default;
    }

    private static bool IsDate(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day) =>
        TryReadNumber(year, YearLength, out int y) && y is >= 1800 and <= 2199 &&
        TryReadNumber(month, 2, out int m) && m is >= 1 and <= 12 &&
        TryReadNumber(day, 2, out int d) && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static bool TryReadNumber(ReadOnlySpan<char> digits, int maxLength, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > maxLength)
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
