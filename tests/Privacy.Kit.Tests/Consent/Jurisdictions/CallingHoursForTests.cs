using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent.Jurisdictions;

public sealed class CallingHoursForTests
{
    [Theory]
    [InlineData(Jurisdiction.Netherlands, "Europe/Amsterdam")]
    [InlineData(Jurisdiction.Belgium, "Europe/Brussels")]
    public void Each_jurisdiction_has_its_default_hours_in_its_own_time_zone(Jurisdiction jurisdiction, string zone)
    {
        var hours = CallingHours.For(jurisdiction);

        Assert.Same(jurisdiction == Jurisdiction.Netherlands ? CallingHours.Netherlands : CallingHours.Belgium, hours);
        Assert.Equal(zone, hours.TimeZone.Id);
    }
}
