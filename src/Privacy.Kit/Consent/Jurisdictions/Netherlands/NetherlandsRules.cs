namespace Privacy.Kit.Consent;

/// <summary>
/// The Netherlands: opt-in for telephone marketing to natural persons (Telecommunicatiewet art. 11.7), with the
/// customer-relationship exception for calls (the industry code's three years) that ends for commercial callers on
/// 2026-07-01 and stays for charities, charity lotteries and the press. Calling hours and holidays:
/// <see cref="CallingHours.Netherlands"/> (Europe/Amsterdam).
/// </summary>
internal sealed class NetherlandsRules : JurisdictionRules
{
    /// <summary>From this moment (Dutch time) the customer-relationship exception no longer covers commercial callers' calls.</summary>
    public static readonly DateTimeOffset CustomerRelationshipCommercialEnd = new(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2));

    private const string Tw117 = "Telecommunicatiewet art. 11.7";

    /// <summary>
    /// New Year's Day, Easter Sunday and Monday, King's Day (27 April, 26 April when the 27th is a Sunday; Queen's Day
    /// 30 April before 2014, 29 April when a Sunday), Liberation Day (5 May, as the industry code counts it), Ascension
    /// Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
    /// </summary>
    internal static HolidayCalendar Holidays { get; } = new(year =>
    {
        var easter = HolidayCalendar.EasterSunday(year);
        var royal = year >= 2014 ? new DateOnly(year, 4, 27) : new DateOnly(year, 4, 30);
        return
        [
            new(year, 1, 1), easter, easter.AddDays(1), royal.DayOfWeek == DayOfWeek.Sunday ? royal.AddDays(-1) : royal, new(year, 5, 5),
            easter.AddDays(39), easter.AddDays(49), easter.AddDays(50), new(year, 12, 25), new(year, 12, 26),
        ];
    });

    /// <summary>Weekdays 09:00-21:00, Saturdays 10:00-16:00, no calls on Sundays and <see cref="Holidays"/>, Europe/Amsterdam.</summary>
    internal static CallingHours Hours { get; } = new(
        "nl-calling-hours-2026.2",
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"),
        CallingHours.Week(new CallingWindow(new TimeOnly(9, 0), new TimeOnly(21, 0)), new CallingWindow(new TimeOnly(10, 0), new TimeOnly(16, 0))),
        Holidays);

    public override Jurisdiction Jurisdiction => Jurisdiction.Netherlands;

    public override string Code => "NL";

    public override string Version => "nl-2026.1";

    public override CallingHours CallingHours => Hours;

    protected override string MarketingLaw => Tw117;

    public override string LegalSource(ContactGround ground) =>
        ground == ContactGround.CustomerRelationship ? Tw117 + " and " + ContactRuleCatalog.IndustryCode : Tw117;

    public override string LegalSource(DenialReason reason) =>
        reason == DenialReason.CustomerRelationshipTooOld ? ContactRuleCatalog.IndustryCode : Tw117;

    /// <summary>A current customer relationship with the caller's legal entity, for non-commercial callers or before 2026-07-01.</summary>
    protected override ContactGround[]? PhoneWithoutConsent(in MarketingContact call, ref List<DenialReason>? reasons)
    {
        var relationship = ContactRules.CustomerRelationship(call.History, call.Request.Caller.LegalEntity, call.At);
        if (relationship == CustomerRelationshipState.TooOld)
        {
            ContactRules.Deny(ref reasons, DenialReason.CustomerRelationshipTooOld);
        }
        else if (relationship == CustomerRelationshipState.Current)
        {
            if (call.At < CustomerRelationshipCommercialEnd || call.Request.Caller.Sector != CallerSector.Commercial)
            {
                return ContactRules.RelationshipGround;
            }

            ContactRules.Deny(ref reasons, DenialReason.CustomerRelationshipExceptionEnded);
        }

        return ContactRules.Deny(ref reasons, DenialReason.NoConsent);
    }
}
