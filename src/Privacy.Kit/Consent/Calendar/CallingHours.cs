using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// When telephone marketing may take place: a window per weekday, public holidays on which no calls are made,
/// and the period the holiday data covers. These come from industry codes and calendars that change: they are
/// data, not code. Replace the defaults with your own (for example from configuration) and give them a new
/// <see cref="Version"/>; the version is part of every decision's rule-set version. Outside the covered period
/// every marketing call is denied, so stale data fails closed.
/// </summary>
public sealed class CallingHours
{
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly CallingWindow?[] _windows;

    // The offset of the last quarter hour asked about: converting through TimeZoneInfo costs more than a decision.
    private OffsetOfQuarter? _lastOffset;

    /// <summary>Initializes a new instance of the <see cref="CallingHours"/> class.</summary>
    /// <param name="version">A name for this data set, for example <c>nl-telemarketing-2026</c>.</param>
    /// <param name="timeZone">The time zone the windows and holidays are in.</param>
    /// <param name="windows">The window per weekday; a weekday without a window has no calls.</param>
    /// <param name="holidays">The public holidays; no calls on them.</param>
    /// <param name="coveredFrom">The first day the holiday list is complete for.</param>
    /// <param name="coveredUntil">The last day the holiday list is complete for.</param>
    /// <exception cref="ArgumentException">A window ends before it starts, a holiday lies outside the covered period, or the period is empty.</exception>
    public CallingHours(string version, TimeZoneInfo timeZone, IReadOnlyDictionary<DayOfWeek, CallingWindow> windows, IEnumerable<DateOnly> holidays, DateOnly coveredFrom, DateOnly coveredUntil)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(holidays);
        if (coveredUntil < coveredFrom)
        {
            throw new ArgumentException($"The covered period ends ({coveredUntil:yyyy-MM-dd}) before it starts ({coveredFrom:yyyy-MM-dd}).", nameof(coveredUntil));
        }

        _windows = new CallingWindow?[7];
        foreach (var (day, window) in windows)
        {
            if (window.Until <= window.From)
            {
                throw new ArgumentException($"The {day} window ends at {window.Until} before it starts at {window.From}.", nameof(windows));
            }

            _windows[(int)day] = window;
        }

        _holidays = holidays.ToFrozenSet();
        foreach (var holiday in _holidays)
        {
            if (holiday < coveredFrom || holiday > coveredUntil)
            {
                throw new ArgumentException($"The holiday {holiday:yyyy-MM-dd} lies outside the covered period.", nameof(holidays));
            }
        }

        Version = version;
        TimeZone = timeZone;
        CoveredFrom = coveredFrom;
        CoveredUntil = coveredUntil;
    }

    /// <summary>
    /// Defaults for the Netherlands: weekdays 09:00-21:00, Saturdays 10:00-16:00, no calls on Sundays and on Dutch
    /// public holidays of 2026 and 2027 (Europe/Amsterdam). Check them against the current industry code.
    /// </summary>
    public static CallingHours Netherlands { get; } = new(
        "nl-calling-hours-2026.1",
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"),
        Week(new CallingWindow(new TimeOnly(9, 0), new TimeOnly(21, 0)), new CallingWindow(new TimeOnly(10, 0), new TimeOnly(16, 0))),
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 5), new(2026, 4, 6), new(2026, 4, 27), new(2026, 5, 5), new(2026, 5, 14),
            new(2026, 5, 24), new(2026, 5, 25), new(2026, 12, 25), new(2026, 12, 26),
            new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 28), new(2027, 3, 29), new(2027, 4, 27), new(2027, 5, 5), new(2027, 5, 6),
            new(2027, 5, 16), new(2027, 5, 17), new(2027, 12, 25), new(2027, 12, 26),
        ],
        new DateOnly(2026, 1, 1),
        new DateOnly(2027, 12, 31));

    /// <summary>
    /// Defaults for Belgium: weekdays 09:00-20:00, Saturdays 10:00-17:00, no calls on Sundays and on Belgian public
    /// holidays of 2026 and 2027 (Europe/Brussels). Check them against the rules that apply to you.
    /// </summary>
    public static CallingHours Belgium { get; } = new(
        "be-calling-hours-2026.1",
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"),
        Week(new CallingWindow(new TimeOnly(9, 0), new TimeOnly(20, 0)), new CallingWindow(new TimeOnly(10, 0), new TimeOnly(17, 0))),
        [
            new(2026, 1, 1), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 14), new(2026, 5, 25), new(2026, 7, 21), new(2026, 8, 15),
            new(2026, 11, 1), new(2026, 11, 11), new(2026, 12, 25),
            new(2027, 1, 1), new(2027, 3, 29), new(2027, 5, 1), new(2027, 5, 6), new(2027, 5, 17), new(2027, 7, 21), new(2027, 8, 15),
            new(2027, 11, 1), new(2027, 11, 11), new(2027, 12, 25),
        ],
        new DateOnly(2026, 1, 1),
        new DateOnly(2027, 12, 31));

    /// <summary>The name of this data set; part of every decision's rule-set version.</summary>
    public string Version { get; }

    /// <summary>The time zone of the windows and holidays.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The first day the holiday list is complete for.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>The last day the holiday list is complete for.</summary>
    public DateOnly CoveredUntil { get; }

    /// <summary>Why a marketing call at <paramref name="at"/> is not allowed, or null when it is inside the hours.</summary>
    /// <param name="at">The moment of the call.</param>
    /// <returns><see cref="DenialReason.CallingCalendarMissing"/>, <see cref="DenialReason.PublicHoliday"/>, <see cref="DenialReason.OutsideCallingHours"/> or null.</returns>
    public DenialReason? Check(DateTimeOffset at)
    {
        var local = at.UtcDateTime + OffsetAt(at);
        var day = DateOnly.FromDateTime(local);
        if (day < CoveredFrom || day > CoveredUntil)
        {
            return DenialReason.CallingCalendarMissing;
        }

        if (_holidays.Contains(day))
        {
            return DenialReason.PublicHoliday;
        }

        var time = TimeOnly.FromDateTime(local);
        return _windows[(int)local.DayOfWeek] is { } window && time >= window.From && time < window.Until ? null : DenialReason.OutsideCallingHours;
    }

    /// <summary>The zone's offset at a moment, remembered per quarter hour: every real zone changes offset on a quarter hour.</summary>
    private TimeSpan OffsetAt(DateTimeOffset at)
    {
        var quarter = at.UtcTicks / (TimeSpan.TicksPerMinute * 15);
        if (Volatile.Read(ref _lastOffset) is { } last && last.Quarter == quarter)
        {
            return last.Offset;
        }

        var offset = TimeZone.GetUtcOffset(at.UtcDateTime);
        Volatile.Write(ref _lastOffset, new OffsetOfQuarter(quarter, offset));
        return offset;
    }

    private static Dictionary<DayOfWeek, CallingWindow> Week(CallingWindow weekday, CallingWindow saturday) => new()
    {
        [DayOfWeek.Monday] = weekday,
        [DayOfWeek.Tuesday] = weekday,
        [DayOfWeek.Wednesday] = weekday,
        [DayOfWeek.Thursday] = weekday,
        [DayOfWeek.Friday] = weekday,
        [DayOfWeek.Saturday] = saturday,
    };

    private sealed record OffsetOfQuarter(long Quarter, TimeSpan Offset);
}
