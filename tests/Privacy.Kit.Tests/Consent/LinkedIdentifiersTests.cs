using Privacy.Kit.Consent;
using static Privacy.Kit.Tests.Consent.ConsentScenario;

namespace Privacy.Kit.Tests.Consent;

public sealed class LinkedIdentifiersTests
{
    private static readonly SubjectId Email = SubjectId.Email("jan@example.nl");
    private static readonly SubjectId CustomerNumber = SubjectId.Customer("C-42");

    [Fact]
    public void An_objection_under_a_linked_email_address_denies_calls_to_the_phone_number()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        scenario.Service.Link([scenario.Subject, Email], At("2026-01-11T10:00:00Z"));
        scenario.Service.Record(Email, new ObjectionRecorded { OccurredAt = At("2026-02-01T10:00:00Z") });

        Assert.Equal([DenialReason.Objection], scenario.Ask(BeforeCutOff).Reasons);
    }

    [Fact]
    public void Links_are_followed_through_other_identifiers()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        scenario.Service.Link([scenario.Subject, Email], At("2026-01-11T10:00:00Z"));
        scenario.Service.Link([Email, CustomerNumber], At("2026-01-12T10:00:00Z"));
        scenario.Service.Record(CustomerNumber, new ObjectionRecorded { OccurredAt = At("2026-02-01T10:00:00Z") });

        Assert.False(scenario.Ask(BeforeCutOff).Allowed);
    }

    [Fact]
    public void A_withdrawal_under_a_linked_identifier_ends_the_consent_for_that_purpose_and_channel()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        scenario.Service.Link([scenario.Subject, CustomerNumber]);
        scenario.Service.Record(CustomerNumber, new ConsentWithdrawn
        {
            OccurredAt = At("2026-02-01T10:00:00Z"),
            Purpose = ContactPurpose.DirectMarketing,
            Channel = ContactChannel.Phone,
            LegalEntity = Entity,
        });

        Assert.Equal([DenialReason.Withdrawn], scenario.Ask(BeforeCutOff).Reasons);
    }

    [Fact]
    public void A_consent_stays_with_the_identifier_it_was_given_for()
    {
        var scenario = new ConsentScenario();
        scenario.Service.Link([scenario.Subject, Email]);
        scenario.Service.Record(Email, new ConsentGiven { OccurredAt = At("2026-01-10T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = Entity });

        Assert.Equal([DenialReason.NoConsent], scenario.Ask(BeforeCutOff).Reasons);
        Assert.True(scenario.Ask(BeforeCutOff, subject: Email).Allowed);
    }

    [Fact]
    public void Without_a_link_an_objection_stays_with_its_identifier()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        scenario.Service.Record(Email, new ObjectionRecorded { OccurredAt = At("2026-02-01T10:00:00Z") });

        Assert.True(scenario.Ask(BeforeCutOff).Allowed);
    }

    [Fact]
    public void The_link_is_an_event_in_the_chain_of_every_linked_identifier()
    {
        var scenario = new ConsentScenario();
        var records = scenario.Service.Link([scenario.Subject, Email, CustomerNumber], method: "customer file");

        Assert.Equal(3, records.Count);
        var link = Assert.IsType<IdentifiersLinked>(Assert.Single(scenario.Ledger.ReadChain(scenario.Service.Pseudonymize(Email))).Event);
        Assert.Equal([scenario.Service.Pseudonymize(scenario.Subject), scenario.Service.Pseudonymize(CustomerNumber)], link.Others);
        Assert.Equal("customer file", link.Method);
        Assert.True(scenario.Ledger.VerifyAll().IsIntact);
    }
}
