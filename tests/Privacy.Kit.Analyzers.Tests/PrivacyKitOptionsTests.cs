using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class PrivacyKitOptionsTests
{
    [Fact]
    public void No_settings_give_the_defaults_with_heuristics_on()
    {
        var options = PrivacyKitOptions.Parse((null, null, null, null, null, null));

        Assert.Same(PrivacyKitOptions.Default, options);
        Assert.NotNull(options.Heuristics);
    }

    [Fact]
    public void Heuristics_false_switches_the_name_heuristics_off() =>
        Assert.Null(PrivacyKitOptions.Parse((null, null, null, null, " False ", null)).Heuristics);

    [Fact]
    public void Any_other_heuristics_value_keeps_them_on() =>
        Assert.NotNull(PrivacyKitOptions.Parse((null, null, null, null, "no", null)).Heuristics);

    [Fact]
    public void Heuristic_names_take_an_optional_kind_and_unknown_kinds_become_generic_personal_data()
    {
        var heuristics = PrivacyKitOptions.Parse((null, null, null, "loyaltyNumber:PaymentCard; lidnummer, pasnr:Bogus", null, null)).Heuristics!;

        Assert.Equal("PaymentCard", heuristics.Match("LoyaltyNumber"));
        Assert.Equal("PersonalData", heuristics.Match("lidnummer"));
        Assert.Equal("PersonalData", heuristics.Match("pasnr"));
        Assert.Equal("EmailAddress", heuristics.Match("email"));
    }
}
