using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// When telephone marketing may take place: a window per weekday, public holidays on which no calls are made,
/// and the period the holiday data covers. These come from industry codes and calendars that change: they are
/// data, not code. The defaults compute each jurisdiction's holidays for any year (<see cref="HolidayCalendar"/>)
/// and use the same windows every year unless a later version of the windows says otherwise
/// (<see cref="WithWindowsFrom"/>). Replace them with your own (for example from configuration) and give them a new
/// <see cref="Version"/>; the version is part of every decision's rule-set version. With an explicit holiday list,
/// every marketing call outside the covered period is denied, so stale data fails closed.
/// </summary>
public sealed class CallingHours
{
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly HolidayCalendar? _calendar;
    private readonly CallingWindow?[] _windows;

    // Later versions of the windows, each from its first day, in date order.
    private readonly (DateOnly From, CallingWindow?[] Windows)[] _versions = [];

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

        _windows = Windows(windows);
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

    /// <summary>Initializes a new instance of the <see cref="CallingHours"/> class whose holidays are computed for every year.</summary>
    /// <param name="version">A name for this data set, for example <c>nl-calling-hours-2026.2</c>.</param>
    /// <param name="timeZone">The time zone the windows and holidays are in.</param>
    /// <param name="windows">The window per weekday; a weekday without a window has no calls.</param>
    /// <param name="holidays">The public holidays of any year.</param>
    /// <exception cref="ArgumentException">A window ends before it starts.</exception>
    public CallingHours(string version, TimeZoneInfo timeZone, IReadOnlyDictionary<DayOfWeek, CallingWindow> windows, HolidayCalendar holidays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(windows);
        _calendar = holidays ?? throw new ArgumentNullException(nameof(holidays));
        _windows = Windows(windows);
        _holidays = FrozenSet<DateOnly>.Empty;
        Version = version;
        TimeZone = timeZone;

        // The Gregorian computus starts in 1583; nothing is known before.
        CoveredFrom = new DateOnly(1583, 1, 1);
        CoveredUntil = DateOnly.MaxValue;
    }

    private CallingHours(CallingHours source, string version, (DateOnly From, CallingWindow?[] Windows)[] versions, HolidayCalendar? calendar = null, FrozenSet<DateOnly>? holidays = null)
    {
        _holidays = holidays ?? source._holidays;
        _calendar = calendar ?? source._calendar;
        _windows = source._windows;
        _versions = versions;
        Version = version;
        TimeZone = source.TimeZone;
        CoveredFrom = source.CoveredFrom;
        CoveredUntil = source.CoveredUntil;
    }

    /// <summary>
    /// Defaults for the Netherlands, every year: weekdays 09:00-21:00, Saturdays 10:00-16:00, no calls on Sundays and
    /// on Dutch public holidays (<see cref="HolidayCalendar.Netherlands"/>), Europe/Amsterdam. Check them against the
    /// current industry code.
    /// </summary>
    public static CallingHours Netherlands => NetherlandsRules.Hours;

    /// <summary>
    /// Defaults for Belgium, every year: weekdays 09:00-20:00, Saturdays 10:00-17:00, no calls on Sundays and on the
    /// Belgian legal holidays (<see cref="HolidayCalendar.Belgium"/>), Europe/Brussels. Check them against the rules
    /// that apply to you.
    /// </summary>
    public static CallingHours Belgium => BelgiumRules.Hours;

    /// <summary>The default calling hours of a jurisdiction (<see cref="Netherlands"/>, <see cref="Belgium"/>): its windows, holidays and time zone.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>Its defaults.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a <see cref="Jurisdiction"/>.</exception>
    public static CallingHours For(Jurisdiction jurisdiction) => JurisdictionMap.Default[jurisdiction].CallingHours;

    /// <summary>The name of this data set; part of every decision's rule-set version.</summary>
    public string Version { get; }

    /// <summary>The time zone of the windows and holidays.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The first day the holiday list is complete for.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>The last day the holiday list is complete for.</summary>
    public DateOnly CoveredUntil { get; }

    /// <summary>
    /// These hours with other windows from <paramref name="from"/> on (an industry code that changes its hours);
    /// the earlier windows keep applying before that day, so past calls are judged by the hours of their time.
    /// </summary>
    /// <param name="from">The first day the new windows apply.</param>
    /// <param name="windows">The window per weekday from then on.</param>
    /// <param name="version">The version name of the combined data.</param>
    /// <returns>The new calling hours.</returns>
    /// <exception cref="ArgumentException">A window ends before it starts, or <paramref name="from"/> is not after every earlier version.</exception>
    public CallingHours WithWindowsFrom(DateOnly from, IReadOnlyDictionary<DayOfWeek, CallingWindow> windows, string version)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (_versions.Length > 0 && from <= _versions[^1].From)
        {
            throw new ArgumentException($"A version of the windows from {from:yyyy-MM-dd} must start after the last one ({_versions[^1].From:yyyy-MM-dd}).", nameof(from));
        }

        return new CallingHours(this, version, [.. _versions, (from, Windows(windows))]);
    }

    /// <summary>These hours with holidays added and removed (configuration data); the version records that data was applied.</summary>
    internal CallingHours WithHolidayData(IReadOnlyCollection<DateOnly> additions, IReadOnlyCollection<DateOnly> removals)
    {
        if (additions.Count == 0 && removals.Count == 0)
        {
            return this;
        }

        var version = $"{Version}+{additions.Count}-{removals.Count}";
        return _calendar is { } calendar
            ? new CallingHours(this, version, _versions, calendar.With(additions, removals))
            : new CallingHours(this, version, _versions, holidays: _holidays.Union(additions).Except(removals).ToFrozenSet());
    }

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

        if (_holidays.Contains(day) || (_calendar?.IsHoliday(day) ?? false))
        {
            return DenialReason.PublicHoliday;
        }

        var windows = _windows;
        for (var i = _versions.Length - 1; i >= 0; i--)
        {
            if (_versions[i].From <= day)
            {
                windows = _versions[i].Windows;
                break;
            }
        }

        var time = TimeOnly.FromDateTime(local);
        return windows[(int)local.DayOfWeek] is { } window && time >= window.From && time < window.Until ? null : DenialReason.OutsideCallingHours;
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

    private static CallingWindow?[] Windows(IReadOnlyDictionary<DayOfWeek, CallingWindow> windows)
    {
        var byDay = new CallingWindow?[7];
        foreach (var (day, window) in windows)
        {
            if (window.Until <= window.From)
            {
                throw new ArgumentException($"The {day} window ends at {window.Until} before it starts at {window.From}.", nameof(windows));
            }

            byDay[(int)day] = window;
        }

        return byDay;
    }

    /// <summary>The same window every weekday and another on Saturday; no calls on Sunday.</summary>
    internal static Dictionary<DayOfWeek, CallingWindow> Week(CallingWindow weekday, CallingWindow saturday) => new()
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
