using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent.Jurisdictions;

/// <summary>
/// A jurisdiction that exists only in these tests, written as a new country would be: one rules object, registered in a
/// <see cref="JurisdictionMap"/>. Phone marketing is opt-out; calls every day 08:00-20:00 UTC; one holiday a year (1 March).
/// </summary>
internal sealed class TestLandRules : JurisdictionRules
{
    public const Jurisdiction TestLand = (Jurisdiction)99;

    private static readonly CallingHours Hours = new(
        "xt-hours-1",
        TimeZoneInfo.Utc,
        Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => new CallingWindow(new TimeOnly(8, 0), new TimeOnly(20, 0))),
        new HolidayCalendar(year => [new DateOnly(year, 3, 1)]));

    public override Jurisdiction Jurisdiction => TestLand;

    public override string Code => "XT";

    public override string Version => "xt-test.1";

    public override CallingHours CallingHours => Hours;

    protected override string MarketingLaw => "Test Land marketing act";

    protected override ContactGround[]? PhoneWithoutConsent(in MarketingContact call, ref List<DenialReason>? reasons) => [ContactGround.OptOut];
}
