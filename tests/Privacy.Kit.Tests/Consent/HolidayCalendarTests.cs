using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

public sealed class HolidayCalendarTests
{
    public static TheoryData<int> Years => new(Enumerable.Range(2024, 12));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2030, 4, 21)]
    [InlineData(2035, 3, 25)]
    public void Easter_follows_the_published_dates(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), HolidayCalendar.EasterSunday(year));
    }

    // Easter Sunday 2024-2035 as the churches publish it: a table, not a computation.
    private static readonly Dictionary<int, DateOnly> PublishedEaster = new()
    {
        [2024] = new(2024, 3, 31), [2025] = new(2025, 4, 20), [2026] = new(2026, 4, 5), [2027] = new(2027, 3, 28),
        [2028] = new(2028, 4, 16), [2029] = new(2029, 4, 1), [2030] = new(2030, 4, 21), [2031] = new(2031, 4, 13),
        [2032] = new(2032, 3, 28), [2033] = new(2033, 4, 17), [2034] = new(2034, 4, 9), [2035] = new(2035, 3, 25),
    };

    [Fact]
    public void Easter_agrees_with_knuths_epact_algorithm_for_every_gregorian_year_to_4099()
    {
        for (var year = 1583; year <= 4099; year++)
        {
            Assert.Equal(EasterByEpact(year), HolidayCalendar.EasterSunday(year));
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_dutch_holiday_from_2024_to_2035_matches_a_list_built_from_the_published_easter_dates(int year)
    {
        var easter = PublishedEaster[year];
        var kingsDay = new DateOnly(year, 4, 27).DayOfWeek == DayOfWeek.Sunday ? new DateOnly(year, 4, 26) : new DateOnly(year, 4, 27);
        DateOnly[] expected =
        [
            new(year, 1, 1), easter, easter.AddDays(1), kingsDay, new(year, 5, 5), easter.AddDays(39), easter.AddDays(49), easter.AddDays(50),
            new(year, 12, 25), new(year, 12, 26),
        ];

        Assert.Equal(expected.Order(), HolidayCalendar.Netherlands.For(year));
        Assert.Equal(expected.Order(), CalendarDays(CallingHours.Netherlands, year));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_belgian_holiday_from_2024_to_2035_matches_a_list_built_from_the_published_easter_dates(int year)
    {
        var easter = PublishedEaster[year];
        DateOnly[] expected =
        [
            new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39), easter.AddDays(50), new(year, 7, 21), new(year, 8, 15),
            new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        ];

        Assert.Equal(expected.Order(), HolidayCalendar.Belgium.For(year));
        Assert.Equal(expected.Order(), CalendarDays(CallingHours.Belgium, year));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_dutch_calendar_has_ten_holidays_every_year_from_2024_to_2035(int year)
    {
        var days = HolidayCalendar.Netherlands.For(year);
        var easter = HolidayCalendar.EasterSunday(year);

        Assert.Equal(10, days.Count);
        Assert.Contains(new DateOnly(year, 1, 1), days);
        Assert.Contains(easter.AddDays(1), days);
        Assert.Contains(easter.AddDays(39), days);
        Assert.Contains(easter.AddDays(50), days);
        Assert.Contains(new DateOnly(year, 5, 5), days);
        Assert.Contains(new DateOnly(year, 12, 26), days);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_belgian_calendar_has_its_ten_legal_holidays_every_year_from_2024_to_2035(int year)
    {
        var days = HolidayCalendar.Belgium.For(year);
        var easter = HolidayCalendar.EasterSunday(year);

        Assert.Equal(10, days.Count);
        Assert.Equal(
            [new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39), easter.AddDays(50), new(year, 7, 21), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25)],
            days.Order());
    }

    [Theory]
    [InlineData(2025, 4, 26)]
    [InlineData(2026, 4, 27)]
    [InlineData(2031, 4, 26)]
    [InlineData(2033, 4, 27)]
    public void Kings_day_moves_to_the_26th_when_the_27th_is_a_sunday(int year, int month, int day)
    {
        Assert.True(HolidayCalendar.Netherlands.IsHoliday(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("2024-05-09")]
    [InlineData("2025-06-09")]
    [InlineData("2030-05-30")]
    [InlineData("2035-05-14")]
    public void Published_ascension_and_whit_monday_dates_are_holidays_in_both_countries(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(HolidayCalendar.Netherlands.IsHoliday(date));
        Assert.True(HolidayCalendar.Belgium.IsHoliday(date));
    }

    [Fact]
    public void Data_adds_and_removes_days_for_a_year()
    {
        var calendar = HolidayCalendar.Netherlands.With(additions: [new DateOnly(2030, 6, 1)], removals: [new DateOnly(2030, 5, 5)]);

        Assert.True(calendar.IsHoliday(new DateOnly(2030, 6, 1)));
        Assert.False(calendar.IsHoliday(new DateOnly(2030, 5, 5)));
        Assert.True(calendar.IsHoliday(new DateOnly(2031, 5, 5)));
    }

    [Fact]
    public void A_call_in_2024_to_a_former_customer_is_decided_by_the_rules_not_by_a_missing_calendar()
    {
        var decision = new ConsentScenario().Customer("2020-01-01T00:00:00Z", "2022-01-31T00:00:00Z")
            .Ask(ConsentScenario.At("2024-12-02T11:00:00+01:00"));

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.CustomerRelationship], decision.Grounds);
    }

    [Theory]
    [InlineData("2030-04-22T11:00:00+02:00", DenialReason.PublicHoliday)]
    [InlineData("2035-12-24T11:00:00+01:00", null)]
    [InlineData("2035-12-23T11:00:00+01:00", DenialReason.OutsideCallingHours)]
    public void Calling_hours_apply_in_any_year(string at, DenialReason? expected)
    {
        Assert.Equal(expected, CallingHours.Netherlands.Check(ConsentScenario.At(at)));
    }

    [Fact]
    public void A_later_version_of_the_windows_applies_from_its_day_and_the_earlier_one_before()
    {
        var evenings = new Dictionary<DayOfWeek, CallingWindow> { [DayOfWeek.Monday] = new(new TimeOnly(18, 0), new TimeOnly(20, 0)) };
        var hours = CallingHours.Netherlands.WithWindowsFrom(new DateOnly(2030, 1, 1), evenings, "nl-calling-hours-2030.1");

        Assert.Null(hours.Check(ConsentScenario.At("2029-12-03T11:00:00+01:00")));
        Assert.Equal(DenialReason.OutsideCallingHours, hours.Check(ConsentScenario.At("2030-01-07T11:00:00+01:00")));
        Assert.Null(hours.Check(ConsentScenario.At("2030-01-07T19:00:00+01:00")));
    }

    /// <summary>The days of a year on which the calling hours refuse a call at noon local time because it is a holiday.</summary>
    private static IEnumerable<DateOnly> CalendarDays(CallingHours hours, int year)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var noon = day.ToDateTime(new TimeOnly(12, 0));
            if (hours.Check(new DateTimeOffset(noon, hours.TimeZone.GetUtcOffset(noon))) == DenialReason.PublicHoliday)
            {
                yield return day;
            }
        }
    }

    /// <summary>Easter Sunday by the Gregorian epact (Knuth, The Art of Computer Programming 1.3.2, exercise 14): independent of the computus under test.</summary>
    private static DateOnly EasterByEpact(int year)
    {
        var golden = (year % 19) + 1;
        var century = (year / 100) + 1;
        var skippedLeapYears = (3 * century / 4) - 12;
        var moonCorrection = (((8 * century) + 5) / 25) - 5;
        var sunday = (5 * year / 4) - skippedLeapYears - 10;
        var epact = ((11 * golden) + 20 + moonCorrection - skippedLeapYears) % 30;
        if (epact < 0)
        {
            epact += 30;
        }

        if ((epact == 25 && golden > 11) || epact == 24)
        {
            epact++;
        }

        var fullMoon = 44 - epact;
        if (fullMoon < 21)
        {
            fullMoon += 30;
        }

        var day = fullMoon + 7 - ((sunday + fullMoon) % 7);
        return day > 31 ? new DateOnly(year, 4, day - 31) : new DateOnly(year, 3, day);
    }
}
