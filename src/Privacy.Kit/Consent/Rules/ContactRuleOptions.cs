namespace Privacy.Kit.Consent;

/// <summary>
/// The data the contact rules depend on: calling hours per jurisdiction and the Belgian opt-out list. Bound from
/// configuration by <c>AddConsent</c>: <see cref="Calendars"/> adds or removes holidays per jurisdiction and
/// <see cref="DoNotCallListFile"/> names the Belgian list; the calling hours themselves are set in code.
/// </summary>
public sealed record ContactRuleOptions
{
    /// <summary>Calling hours in the Netherlands; <see cref="CallingHours.Netherlands"/> by default.</summary>
    public CallingHours NetherlandsCallingHours
    {
        get;
        init
        {
            field = value ?? throw new ArgumentNullException(nameof(value));
            NetherlandsVersion = ContactRules.NetherlandsVersion + "/" + value.Version;
        }
    }

    = CallingHours.Netherlands;

    /// <summary>Calling hours in Belgium; <see cref="CallingHours.Belgium"/> by default.</summary>
    public CallingHours BelgiumCallingHours
    {
        get;
        init
        {
            field = value ?? throw new ArgumentNullException(nameof(value));
            BelgiumVersion = ContactRules.BelgiumVersion + "/" + value.Version;
        }
    }

    = CallingHours.Belgium;

    /// <summary>The Belgian "Do Not Call Me" list. Without it every Belgian marketing call that relies on opt-out is denied.</summary>
    public IDoNotCallRegister? DoNotCallMe { get; init; }

    /// <summary>Holiday data per jurisdiction code (<c>NL</c>, <c>BE</c>): days added to or removed from the computed calendar.</summary>
    public Dictionary<string, CalendarDataOptions> Calendars { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A file of Belgian "Do Not Call Me" numbers, one per line, used when <see cref="DoNotCallMe"/> is not set.</summary>
    public string? DoNotCallListFile { get; init; }

    /// <summary>These options with <see cref="Calendars"/> applied to the calling hours and <see cref="DoNotCallListFile"/> loaded.</summary>
    internal ContactRuleOptions Resolve()
    {
        if (Calendars.Count == 0 && (DoNotCallListFile is null || DoNotCallMe is not null))
        {
            return this;
        }

        return this with
        {
            NetherlandsCallingHours = Apply(NetherlandsCallingHours, Jurisdiction.Netherlands),
            BelgiumCallingHours = Apply(BelgiumCallingHours, Jurisdiction.Belgium),
            DoNotCallMe = DoNotCallMe ?? (DoNotCallListFile is { } file
                ? new DoNotCallList(File.ReadLines(file).Where(line => !string.IsNullOrWhiteSpace(line)))
                : null),
            Calendars = new(StringComparer.OrdinalIgnoreCase),
        };
    }

    private CallingHours Apply(CallingHours hours, Jurisdiction jurisdiction) =>
        Calendars.TryGetValue(ConsentVocabulary.Name(jurisdiction), out var data)
            ? hours.WithHolidayData(Days(data.Add), Days(data.Remove))
            : hours;

    private static DateOnly[] Days(IList<string> days) =>
        [.. days.Select(d => ContactRuleOptionsValidator.TryDate(d, out var day) ? day : throw new FormatException($"'{d}' is not a date written yyyy-MM-dd."))];

    /// <summary>The rule-set version of Dutch decisions: the rules' version and the calling hours' version.</summary>
    internal string NetherlandsVersion { get; private init; } = ContactRules.NetherlandsVersion + "/" + CallingHours.Netherlands.Version;

    /// <summary>The rule-set version of Belgian decisions.</summary>
    internal string BelgiumVersion { get; private init; } = ContactRules.BelgiumVersion + "/" + CallingHours.Belgium.Version;
}
