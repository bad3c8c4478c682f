using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// The data the contact rules depend on: calling hours per jurisdiction and the Belgian opt-out list. Bound from
/// configuration by <c>AddConsent</c>: <see cref="Calendars"/> adds or removes holidays per jurisdiction and
/// <see cref="DoNotCallListFile"/> names the Belgian list; the calling hours themselves are set in code.
/// </summary>
public sealed record ContactRuleOptions
{
    /// <summary>
    /// Calling hours per jurisdiction, for those whose defaults (<see cref="CallingHours.Netherlands"/>,
    /// <see cref="CallingHours.Belgium"/>) do not apply to you; a jurisdiction without an entry keeps its defaults.
    /// </summary>
    public IReadOnlyDictionary<Jurisdiction, CallingHours> Hours { get; init; } = FrozenDictionary<Jurisdiction, CallingHours>.Empty;

    /// <summary>The Belgian "Do Not Call Me" list. Without it every Belgian marketing call that relies on opt-out is denied.</summary>
    public IDoNotCallRegister? DoNotCallMe { get; init; }

    /// <summary>Holiday data per jurisdiction code (<c>NL</c>, <c>BE</c>): days added to or removed from the computed calendar.</summary>
    public Dictionary<string, CalendarDataOptions> Calendars { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A file of Belgian "Do Not Call Me" numbers, one per line, used when <see cref="DoNotCallMe"/> is not set.</summary>
    public string? DoNotCallListFile { get; init; }

    /// <summary>The jurisdictions the rules know: <see cref="JurisdictionMap.Default"/> unless a test registers others.</summary>
    internal JurisdictionMap Jurisdictions { get; init; } = JurisdictionMap.Default;

    /// <summary>
    /// The rule set these options give: for every registered jurisdiction its hours from <see cref="Hours"/> or its
    /// defaults, with <see cref="Calendars"/> applied; and <see cref="DoNotCallListFile"/> loaded.
    /// </summary>
    /// <exception cref="FormatException">A calendar day is not written yyyy-MM-dd.</exception>
    internal ContactRuleSet Resolve()
    {
        var jurisdictions = new List<JurisdictionInForce>(Jurisdictions.All.Count);
        foreach (var rules in Jurisdictions.All)
        {
            var hours = Hours.TryGetValue(rules.Jurisdiction, out var configured) ? configured ?? rules.CallingHours : rules.CallingHours;
            if (Calendars.TryGetValue(rules.Code, out var data))
            {
                hours = hours.WithHolidayData(Days(data.Add), Days(data.Remove));
            }

            jurisdictions.Add(new JurisdictionInForce(rules, hours));
        }

        var doNotCallMe = DoNotCallMe ?? (DoNotCallListFile is { } file
            ? new DoNotCallList(File.ReadLines(file).Where(line => !string.IsNullOrWhiteSpace(line)))
            : null);
        return new ContactRuleSet(jurisdictions, doNotCallMe);
    }

    private static DateOnly[] Days(IList<string> days) =>
        [.. days.Select(d => ContactRuleOptionsValidator.TryDate(d, out var day) ? day : throw new FormatException($"'{d}' is not a date written yyyy-MM-dd."))];
}
