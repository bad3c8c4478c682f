namespace Privacy.Kit.Consent;

/// <summary>
/// Belgium: telephone marketing is opt-out, with the "Do Not Call Me" list (<see cref="ContactRuleOptions.DoNotCallMe"/>):
/// a call without consent is allowed only for a number the list says is not registered, so an unknown status (no
/// list configured) denies. Calling hours and holidays: <see cref="CallingHours.Belgium"/> (Europe/Brussels).
/// </summary>
internal sealed class BelgiumRules : JurisdictionRules
{
    private const string EconomicLaw = "Wetboek van economisch recht / Code de droit économique, boek VI";

    /// <summary>
    /// The ten legal holidays: New Year's Day, Easter Monday, Labour Day (1 May), Ascension Day, Whit Monday, National
    /// Day (21 July), Assumption (15 August), All Saints' Day (1 November), Armistice Day (11 November) and Christmas Day.
    /// </summary>
    internal static HolidayCalendar Holidays { get; } = new(year =>
    {
        var easter = HolidayCalendar.EasterSunday(year);
        return
        [
            new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39), easter.AddDays(50), new(year, 7, 21),
            new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        ];
    });

    /// <summary>Weekdays 09:00-20:00, Saturdays 10:00-17:00, no calls on Sundays and <see cref="Holidays"/>, Europe/Brussels.</summary>
    internal static CallingHours Hours { get; } = new(
        "be-calling-hours-2026.2",
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"),
        CallingHours.Week(new CallingWindow(new TimeOnly(9, 0), new TimeOnly(20, 0)), new CallingWindow(new TimeOnly(10, 0), new TimeOnly(17, 0))),
        Holidays);

    public override Jurisdiction Jurisdiction => Jurisdiction.Belgium;

    public override string Code => "BE";

    public override string Version => "be-2026.1";

    public override CallingHours CallingHours => Hours;

    protected override string MarketingLaw => EconomicLaw;

    public override string LegalSource(DenialReason reason) => reason switch
    {
        DenialReason.CustomerRelationshipTooOld => ContactRuleCatalog.IndustryCode,
        DenialReason.DoNotCallRegistered or DenialReason.DoNotCallUnknown => "Do Not Call Me list (Belgium)",
        _ => EconomicLaw,
    };

    /// <summary>Opt-out: allowed only when the "Do Not Call Me" list says the number is not registered.</summary>
    protected override ContactGround[]? PhoneWithoutConsent(in MarketingContact call, ref List<DenialReason>? reasons) =>
        (call.Rules.DoNotCallMe?.Lookup(call.Request.Subject, call.At) ?? DoNotCallStatus.Unknown) switch
        {
            DoNotCallStatus.NotRegistered => ContactRules.OptOutGround,
            DoNotCallStatus.Registered => ContactRules.Deny(ref reasons, DenialReason.DoNotCallRegistered),
            _ => ContactRules.Deny(ref reasons, DenialReason.DoNotCallUnknown),
        };
}
