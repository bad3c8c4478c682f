using Privacy.Kit.Consent;
using static Privacy.Kit.Tests.Consent.ConsentScenario;

namespace Privacy.Kit.Tests.Consent.Jurisdictions;

/// <summary>Each jurisdiction is one rules object in one map: whatever differs between countries is asked of it.</summary>
public sealed class JurisdictionSeamTests
{
    private static readonly ContactRuleOptions WithTestLand = new()
    {
        Jurisdictions = new JurisdictionMap([.. JurisdictionMap.Default.All, new TestLandRules()]),
    };

    public static TheoryData<Jurisdiction> Registered => new(JurisdictionMap.Default.All.Select(r => r.Jurisdiction));

    [Fact]
    public void Every_jurisdiction_is_registered_once_with_its_own_code_that_reads_back()
    {
        var registered = JurisdictionMap.Default.All;

        Assert.Equal(Enum.GetValues<Jurisdiction>(), registered.Select(r => r.Jurisdiction).Order());
        Assert.Equal(registered.Count, registered.Select(r => r.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(registered, rules =>
        {
            Assert.True(ConsentVocabulary.TryParse(rules.Code.ToLowerInvariant(), out Jurisdiction read));
            Assert.Equal(rules.Jurisdiction, read);
            Assert.Equal(rules.Code, ConsentVocabulary.Name(rules.Jurisdiction));
            Assert.StartsWith(rules.Code.ToLowerInvariant() + "-", rules.Version, StringComparison.Ordinal);
        });
        Assert.Equal(string.Join('|', registered.Select(r => r.Code)), ConsentVocabulary.Names<Jurisdiction>());
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public void Every_jurisdiction_answers_every_purpose_channel_and_sector_with_its_version_and_legal_sources(Jurisdiction jurisdiction)
    {
        var rules = JurisdictionMap.Default[jurisdiction];
        var scenario = new ConsentScenario().Customer("2026-01-01T00:00:00Z");
        foreach (var purpose in Enum.GetValues<ContactPurpose>())
        {
            foreach (var channel in Enum.GetValues<ContactChannel>())
            {
                foreach (var sector in Enum.GetValues<CallerSector>())
                {
                    var decision = scenario.Ask(AfterCutOff, channel, purpose, sector, jurisdiction);

                    Assert.Equal(jurisdiction, decision.Jurisdiction);
                    Assert.StartsWith(rules.Version + "/" + rules.CallingHours.Version, decision.RuleSetVersion, StringComparison.Ordinal);
                    Assert.True(decision.Allowed ^ decision.Reasons.Count > 0);
                    Assert.All(decision.Grounds, g => Assert.False(string.IsNullOrWhiteSpace(ContactRuleCatalog.LegalSource(g, jurisdiction))));
                    Assert.All(decision.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(ContactRuleCatalog.LegalSource(r, jurisdiction))));
                }
            }
        }

        Assert.All(Enum.GetValues<ContactGround>(), g => Assert.False(string.IsNullOrWhiteSpace(ContactRuleCatalog.LegalSource(g, jurisdiction))));
        Assert.All(Enum.GetValues<DenialReason>(), r => Assert.False(string.IsNullOrWhiteSpace(ContactRuleCatalog.LegalSource(r, jurisdiction))));
    }

    [Fact]
    public void A_jurisdiction_registered_through_the_map_gets_decisions_from_its_own_rules_and_hours()
    {
        var scenario = new ConsentScenario(WithTestLand);

        var allowed = Evaluate(scenario, "2026-06-15T10:00:00Z");

        Assert.True(allowed.Allowed);
        Assert.Equal([ContactGround.OptOut], allowed.Grounds);
        Assert.Equal("xt-test.1/xt-hours-1", allowed.RuleSetVersion);
        Assert.Equal([DenialReason.OutsideCallingHours], Evaluate(scenario, "2026-06-15T21:00:00Z").Reasons);
        Assert.Equal([DenialReason.PublicHoliday], Evaluate(scenario, "2030-03-01T10:00:00Z").Reasons);
    }

    [Fact]
    public void The_shared_rules_still_come_first_in_a_registered_jurisdiction()
    {
        var scenario = new ConsentScenario(WithTestLand).Given(new ObjectionRecorded { OccurredAt = At("2026-02-01T10:00:00Z") });

        Assert.Equal([DenialReason.Objection], Evaluate(scenario, "2026-06-15T10:00:00Z").Reasons);
    }

    [Fact]
    public void A_jurisdiction_without_registered_rules_is_refused_not_decided_by_another_countrys_rules()
    {
        var scenario = new ConsentScenario();

        Assert.Throws<ArgumentOutOfRangeException>(() => Evaluate(scenario, "2026-06-15T10:00:00Z"));
        Assert.False(ConsentVocabulary.TryParse("XT", out Jurisdiction _));
    }

    [Fact]
    public void Calendar_data_from_configuration_reaches_a_registered_jurisdiction_by_its_code()
    {
        var options = WithTestLand with { Calendars = new(StringComparer.OrdinalIgnoreCase) { ["xt"] = new CalendarDataOptions { Remove = ["2030-03-01"] } } };

        var decision = Evaluate(new ConsentScenario(options), "2030-03-01T10:00:00Z");

        Assert.True(decision.Allowed);
        Assert.Equal("xt-test.1/xt-hours-1+0-1", decision.RuleSetVersion);
    }

    private static ContactDecision Evaluate(ConsentScenario scenario, string at) => scenario.Service.Evaluate(new ContactRequest
    {
        Subject = scenario.Subject,
        Purpose = ContactPurpose.DirectMarketing,
        Channel = ContactChannel.Phone,
        Caller = new Caller(Entity),
        Jurisdiction = TestLandRules.TestLand,
        At = At(at),
    });
}
