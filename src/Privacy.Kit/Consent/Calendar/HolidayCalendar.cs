using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// The public holidays of one jurisdiction for any year: computed by rules (fixed dates, and Easter by the Gregorian
/// computus with the feasts that follow it), with data that adds or removes days for particular years (a one-off
/// holiday, a day the industry code does not count). Thread-safe; each year is computed once.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly Func<int, IEnumerable<DateOnly>> _rules;
    private readonly FrozenSet<DateOnly> _additions;
    private readonly FrozenSet<DateOnly> _removals;
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> _years = new();

    /// <summary>Initializes a new instance of the <see cref="HolidayCalendar"/> class.</summary>
    /// <param name="rules">The holidays of a year, by rule.</param>
    /// <param name="additions">Days that are holidays besides the rules.</param>
    /// <param name="removals">Days the rules give that are not holidays.</param>
    public HolidayCalendar(Func<int, IEnumerable<DateOnly>> rules, IEnumerable<DateOnly>? additions = null, IEnumerable<DateOnly>? removals = null)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _additions = (additions ?? []).ToFrozenSet();
        _removals = (removals ?? []).ToFrozenSet();
    }

    /// <summary>
    /// The Netherlands: New Year's Day, Easter Sunday and Monday, King's Day (27 April, 26 April when the 27th is a
    /// Sunday; Queen's Day 30 April before 2014, 29 April when a Sunday), Liberation Day (5 May, as the industry code
    /// counts it), Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
    /// </summary>
    public static HolidayCalendar Netherlands => NetherlandsRules.Holidays;

    /// <summary>
    /// Belgium's ten legal holidays: New Year's Day, Easter Monday, Labour Day (1 May), Ascension Day, Whit Monday,
    /// National Day (21 July), Assumption (15 August), All Saints' Day (1 November), Armistice Day (11 November) and
    /// Christmas Day.
    /// </summary>
    public static HolidayCalendar Belgium => BelgiumRules.Holidays;

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).</summary>
    /// <param name="year">The year, 1583 or later.</param>
    /// <returns>The date of Easter Sunday.</returns>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>This calendar with days added or removed, for example from configuration.</summary>
    /// <param name="additions">Days that are holidays besides the rules.</param>
    /// <param name="removals">Days the rules give that are not holidays.</param>
    /// <returns>The new calendar.</returns>
    public HolidayCalendar With(IEnumerable<DateOnly>? additions = null, IEnumerable<DateOnly>? removals = null) =>
        new(_rules, [.. _additions, .. additions ?? []], [.. _removals, .. removals ?? []]);

    /// <summary>The holidays of a year, in date order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The holidays.</returns>
    public IReadOnlyList<DateOnly> For(int year)
    {
        var days = Year(year).ToList();
        days.Sort();
        return days;
    }

    /// <summary>Whether a day is a public holiday.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether it is.</returns>
    public bool IsHoliday(DateOnly day) => Year(day.Year).Contains(day);

    private FrozenSet<DateOnly> Year(int year) => _years.GetOrAdd(year, y =>
    {
        var days = new HashSet<DateOnly>(_rules(y));
        days.ExceptWith(_removals);
        foreach (var added in _additions)
        {
            if (added.Year == y)
            {
                days.Add(added);
            }
        }

        return days.ToFrozenSet();
    });
}
