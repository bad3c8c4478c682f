using Privacy.Kit.Consent;
using static Privacy.Kit.Tests.Consent.ConsentScenario;

namespace Privacy.Kit.Tests.Consent;

public sealed class ContactRulesTests
{
    [Fact]
    public void Service_call_is_allowed_without_consent_and_obliges_identification()
    {
        var decision = new ConsentScenario().Ask(BeforeCutOff, purpose: ContactPurpose.Service);

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.Service], decision.Grounds);
        Assert.Equal(ContactObligations.Identify | ContactObligations.VisibleNumber, decision.Obligations);
    }

    [Fact]
    public void Service_call_is_allowed_even_after_an_objection_to_marketing()
    {
        var decision = new ConsentScenario().Given(new ObjectionRecorded { OccurredAt = At("2026-05-01T10:00:00Z") }).Ask(BeforeCutOff, purpose: ContactPurpose.Service);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Marketing_call_without_any_ground_is_denied_for_no_consent()
    {
        var decision = new ConsentScenario().Ask(BeforeCutOff);

        Assert.False(decision.Allowed);
        Assert.Equal([DenialReason.NoConsent], decision.Reasons);
        Assert.Empty(decision.Grounds);
        Assert.Equal(ContactObligations.None, decision.Obligations);
    }

    [Fact]
    public void Marketing_call_with_phone_consent_is_allowed_with_all_call_obligations()
    {
        var decision = new ConsentScenario().Consent("2026-01-10T10:00:00Z").Ask(AfterCutOff);

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.Consent], decision.Grounds);
        Assert.Equal(
            ContactObligations.Identify | ContactObligations.VisibleNumber | ContactObligations.OfferObjection | ContactObligations.RecordAnswer,
            decision.Obligations);
    }

    [Fact]
    public void Consent_for_email_does_not_allow_a_phone_call()
    {
        var decision = new ConsentScenario().Consent("2026-01-10T10:00:00Z", ContactChannel.Email).Ask(BeforeCutOff);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Consent_given_to_another_legal_entity_does_not_count()
    {
        var decision = new ConsentScenario().Consent("2026-01-10T10:00:00Z", entity: "Other Energie B.V.").Ask(BeforeCutOff);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Consent_given_after_the_moment_asked_about_does_not_count()
    {
        var decision = new ConsentScenario().Consent("2026-06-20T10:00:00Z").Ask(BeforeCutOff);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Expired_consent_is_no_consent()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z", validUntil: "2026-07-01T00:00:00Z");

        Assert.True(scenario.Ask(BeforeCutOff).Allowed);
        var after = scenario.Ask(AfterCutOff);
        Assert.False(after.Allowed);
        Assert.Contains(DenialReason.ConsentExpired, after.Reasons);
    }

    [Fact]
    public void Objection_denies_marketing_on_every_channel()
    {
        var scenario = new ConsentScenario()
            .Consent("2026-01-10T10:00:00Z", ContactChannel.Phone)
            .Consent("2026-01-10T10:00:00Z", ContactChannel.Email)
            .Customer("2025-01-01T00:00:00Z")
            .Given(new ObjectionRecorded { OccurredAt = At("2026-03-01T10:00:00Z"), Method = "in-call" });

        foreach (var channel in Enum.GetValues<ContactChannel>())
        {
            var decision = scenario.Ask(BeforeCutOff, channel);
            Assert.False(decision.Allowed, channel.ToString());
            Assert.Equal([DenialReason.Objection], decision.Reasons);
        }
    }

    [Fact]
    public void Objection_stands_until_a_later_explicit_consent_for_that_channel()
    {
        var scenario = new ConsentScenario()
            .Given(new ObjectionRecorded { OccurredAt = At("2026-03-01T10:00:00Z") })
            .Consent("2026-04-01T10:00:00Z", ContactChannel.Phone);

        Assert.True(scenario.Ask(BeforeCutOff).Allowed);
        Assert.False(scenario.Ask(BeforeCutOff, ContactChannel.Email).Allowed);
    }

    [Fact]
    public void Objected_answer_in_a_contact_counts_as_an_objection()
    {
        var decision = new ConsentScenario()
            .Consent("2026-01-10T10:00:00Z")
            .Given(new ContactMade
            {
                OccurredAt = At("2026-03-01T10:00:00Z"),
                Purpose = ContactPurpose.DirectMarketing,
                Channel = ContactChannel.Phone,
                LegalEntity = Entity,
                IdentificationGiven = true,
                ObjectionOffered = true,
                Answer = ObjectionAnswer.Objected,
            })
            .Ask(BeforeCutOff);

        Assert.Equal([DenialReason.Objection], decision.Reasons);
    }

    [Fact]
    public void Withdrawal_is_per_purpose_and_channel()
    {
        var scenario = new ConsentScenario()
            .Consent("2026-01-10T10:00:00Z", ContactChannel.Phone)
            .Consent("2026-01-10T10:00:00Z", ContactChannel.Email)
            .Given(new ConsentWithdrawn { OccurredAt = At("2026-02-01T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = Entity });

        Assert.Equal([DenialReason.Withdrawn], scenario.Ask(BeforeCutOff).Reasons);
        Assert.True(scenario.Ask(BeforeCutOff, ContactChannel.Email).Allowed);
    }

    [Fact]
    public void Withdrawal_also_blocks_the_customer_relationship_ground_on_that_channel()
    {
        var decision = new ConsentScenario()
            .Customer("2025-01-01T00:00:00Z")
            .Given(new ConsentWithdrawn { OccurredAt = At("2026-02-01T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = Entity })
            .Ask(BeforeCutOff);

        Assert.Equal([DenialReason.Withdrawn], decision.Reasons);
    }

    [Fact]
    public void Consent_after_a_withdrawal_allows_again()
    {
        var decision = new ConsentScenario()
            .Consent("2026-01-10T10:00:00Z")
            .Given(new ConsentWithdrawn { OccurredAt = At("2026-02-01T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = Entity })
            .Consent("2026-03-01T10:00:00Z")
            .Ask(BeforeCutOff);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Customer_relationship_allows_commercial_calls_before_2026_07_01()
    {
        var decision = new ConsentScenario().Customer("2024-01-01T00:00:00Z").Ask(BeforeCutOff);

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.CustomerRelationship], decision.Grounds);
        Assert.True(decision.Obligations.HasFlag(ContactObligations.OwnSimilarProductsOnly));
    }

    [Fact]
    public void Customer_relationship_no_longer_allows_commercial_calls_from_2026_07_01()
    {
        var decision = new ConsentScenario().Customer("2024-01-01T00:00:00Z").Ask(AfterCutOff);

        Assert.False(decision.Allowed);
        Assert.Contains(DenialReason.CustomerRelationshipExceptionEnded, decision.Reasons);
    }

    [Theory]
    [InlineData(CallerSector.Charity)]
    [InlineData(CallerSector.CharityLottery)]
    [InlineData(CallerSector.Press)]
    public void Customer_relationship_still_allows_charity_lottery_and_press_calls_from_2026_07_01(CallerSector sector)
    {
        var scenario = new ConsentScenario().Customer("2024-01-01T00:00:00Z");

        Assert.True(scenario.Ask(BeforeCutOff, sector: sector).Allowed);
        Assert.True(scenario.Ask(AfterCutOff, sector: sector).Allowed);
    }

    [Fact]
    public void Customer_relationship_counts_until_three_years_after_it_ended()
    {
        // Ended 2023-06-20: three years later is 2026-06-20, between the two moments asked about.
        var scenario = new ConsentScenario().Customer("2020-01-01T00:00:00Z", "2023-06-20T00:00:00Z");

        Assert.True(scenario.Ask(BeforeCutOff, sector: CallerSector.Charity).Allowed);
        var tooLate = scenario.Ask(AfterCutOff, sector: CallerSector.Charity);
        Assert.False(tooLate.Allowed);
        Assert.Contains(DenialReason.CustomerRelationshipTooOld, tooLate.Reasons);
    }

    [Fact]
    public void Customer_relationship_closed_by_a_later_record_counts_from_its_end()
    {
        var decision = new ConsentScenario()
            .Customer("2019-01-01T00:00:00Z")
            .Customer("2019-01-01T00:00:00Z", "2022-01-01T00:00:00Z")
            .Ask(BeforeCutOff);

        Assert.Equal([DenialReason.CustomerRelationshipTooOld, DenialReason.NoConsent], decision.Reasons);
    }

    [Fact]
    public void Customer_relationship_of_another_legal_entity_does_not_count()
    {
        var decision = new ConsentScenario()
            .Given(new CustomerRelationshipRecorded { OccurredAt = At("2024-01-01T00:00:00Z"), LegalEntity = "Other B.V.", Since = At("2024-01-01T00:00:00Z") })
            .Ask(BeforeCutOff);

        Assert.False(decision.Allowed);
    }

    [Theory]
    [InlineData(ContactChannel.Email)]
    [InlineData(ContactChannel.Sms)]
    public void Email_and_sms_marketing_to_a_customer_uses_the_soft_opt_in(ContactChannel channel)
    {
        var decision = new ConsentScenario().Customer("2024-01-01T00:00:00Z").Ask(AfterCutOff, channel);

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.SoftOptIn], decision.Grounds);
        Assert.Equal(ContactObligations.Identify | ContactObligations.OfferOptOut | ContactObligations.OwnSimilarProductsOnly, decision.Obligations);
    }

    [Theory]
    [InlineData(ContactChannel.Email)]
    [InlineData(ContactChannel.Sms)]
    public void Email_and_sms_marketing_to_a_stranger_needs_consent(ContactChannel channel)
    {
        var scenario = new ConsentScenario();

        Assert.False(scenario.Ask(BeforeCutOff, channel).Allowed);
        Assert.True(scenario.Consent("2026-01-10T10:00:00Z", channel).Ask(BeforeCutOff, channel).Allowed);
    }

    [Fact]
    public void Post_marketing_is_opt_out()
    {
        var decision = new ConsentScenario().Ask(BeforeCutOff, ContactChannel.Post);

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.OptOut], decision.Grounds);
    }

    [Fact]
    public void A_call_request_allows_one_call()
    {
        var scenario = new ConsentScenario().Given(new CallRequested { OccurredAt = At("2026-06-10T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing });

        Assert.Equal([ContactGround.RequestedByPerson], scenario.Ask(BeforeCutOff).Grounds);
        scenario.Given(new ContactMade
        {
            OccurredAt = At("2026-06-15T09:30:00Z"),
            Purpose = ContactPurpose.DirectMarketing,
            Channel = ContactChannel.Phone,
            LegalEntity = Entity,
            IdentificationGiven = true,
            ObjectionOffered = true,
            Answer = ObjectionAnswer.NoObjection,
        });
        Assert.False(scenario.Ask(BeforeCutOff.AddHours(1)).Allowed);
    }

    [Fact]
    public void Marketing_calls_outside_calling_hours_are_denied()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");

        Assert.Equal([DenialReason.OutsideCallingHours], scenario.Ask(At("2026-06-15T22:30:00+02:00")).Reasons);
        Assert.Equal([DenialReason.OutsideCallingHours], scenario.Ask(At("2026-06-14T12:00:00+02:00")).Reasons); // a Sunday
    }

    [Fact]
    public void Marketing_calls_on_a_public_holiday_are_denied()
    {
        var decision = new ConsentScenario().Consent("2026-01-10T10:00:00Z").Ask(At("2026-12-25T11:00:00+01:00"));

        Assert.Equal([DenialReason.PublicHoliday], decision.Reasons);
    }

    [Fact]
    public void Marketing_calls_outside_the_years_an_explicit_holiday_list_covers_are_denied()
    {
        var weekdays = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => new CallingWindow(new TimeOnly(9, 0), new TimeOnly(21, 0)));
        var hours = new CallingHours("explicit-2026", CallingHours.Netherlands.TimeZone, weekdays, [new DateOnly(2026, 12, 25)], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var decision = new ConsentScenario(new ContactRuleOptions { Hours = new Dictionary<Jurisdiction, CallingHours> { [Jurisdiction.Netherlands] = hours } }).Consent("2026-01-10T10:00:00Z").Ask(At("2028-03-01T11:00:00+01:00"));

        Assert.Equal([DenialReason.CallingCalendarMissing], decision.Reasons);
    }

    [Fact]
    public void Calling_hours_are_configurable_data_and_their_version_is_in_the_decision()
    {
        var everyDay = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => new CallingWindow(new TimeOnly(0, 0), new TimeOnly(23, 59)));
        var hours = new CallingHours("test-hours-1", TimeZoneInfo.Utc, everyDay, [], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var scenario = new ConsentScenario(new ContactRuleOptions { Hours = new Dictionary<Jurisdiction, CallingHours> { [Jurisdiction.Netherlands] = hours } }).Consent("2026-01-10T10:00:00Z");

        var decision = scenario.Ask(At("2026-06-14T22:30:00Z"));

        Assert.True(decision.Allowed);
        Assert.Equal("nl-2026.1/test-hours-1", decision.RuleSetVersion);
    }

    [Fact]
    public void Belgian_marketing_call_is_opt_out_when_not_on_the_do_not_call_list()
    {
        var options = new ContactRuleOptions { DoNotCallMe = new DoNotCallList(["+32 470 11 22 33"]) };

        var decision = new ConsentScenario(options).Ask(AfterCutOff, jurisdiction: Jurisdiction.Belgium);

        Assert.True(decision.Allowed);
        Assert.Equal([ContactGround.OptOut], decision.Grounds);
        Assert.StartsWith("be-2026.1/", decision.RuleSetVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Belgian_marketing_call_to_a_registered_number_is_denied()
    {
        var options = new ContactRuleOptions { DoNotCallMe = new DoNotCallList(["+31 6 12345678"]) };

        var decision = new ConsentScenario(options).Ask(AfterCutOff, jurisdiction: Jurisdiction.Belgium);

        Assert.Equal([DenialReason.DoNotCallRegistered], decision.Reasons);
    }

    [Fact]
    public void Belgian_marketing_call_without_a_list_lookup_is_denied()
    {
        var scenario = new ConsentScenario(new ContactRuleOptions { DoNotCallMe = new DoNotCallList([]) });

        Assert.Equal([DenialReason.DoNotCallUnknown], new ConsentScenario().Ask(AfterCutOff, jurisdiction: Jurisdiction.Belgium).Reasons);
        Assert.Equal([DenialReason.DoNotCallUnknown], scenario.Ask(AfterCutOff, jurisdiction: Jurisdiction.Belgium, subject: SubjectId.Customer("C-1")).Reasons);
    }

    [Fact]
    public void Belgian_consent_allows_a_call_to_a_registered_number()
    {
        var options = new ContactRuleOptions { DoNotCallMe = new DoNotCallList(["+31 6 12345678"]) };

        var decision = new ConsentScenario(options).Consent("2026-01-10T10:00:00Z").Ask(AfterCutOff, jurisdiction: Jurisdiction.Belgium);

        Assert.Equal([ContactGround.Consent], decision.Grounds);
    }

    [Fact]
    public void Belgian_objection_denies_even_when_not_on_the_list()
    {
        var options = new ContactRuleOptions { DoNotCallMe = new DoNotCallList([]) };

        var decision = new ConsentScenario(options).Given(new ObjectionRecorded { OccurredAt = At("2026-01-10T10:00:00Z") }).Ask(AfterCutOff, jurisdiction: Jurisdiction.Belgium);

        Assert.Equal([DenialReason.Objection], decision.Reasons);
    }

    [Fact]
    public void Decide_stores_the_decision_as_evidence_and_Evaluate_does_not()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        var pseudonym = scenario.Service.Pseudonymize(scenario.Subject);
        var request = new ContactRequest { Subject = scenario.Subject, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, Caller = new Caller(Entity), At = BeforeCutOff };

        scenario.Service.Evaluate(request);
        Assert.Single(scenario.Ledger.ReadChain(pseudonym));

        var decision = scenario.Service.Decide(request);
        var evidence = Assert.IsType<ContactDecisionRecorded>(scenario.Ledger.ReadChain(pseudonym)[^1].Event);
        Assert.Equal(decision.RuleSetVersion, evidence.Decision.RuleSetVersion);
        Assert.Equal(decision.Grounds, evidence.Decision.Grounds);
        Assert.Single(scenario.Ledger.ReadHistory(pseudonym));
    }

    [Fact]
    public void Now_comes_from_the_time_provider_when_the_request_has_no_moment()
    {
        var scenario = new ConsentScenario().Customer("2024-01-01T00:00:00Z");
        var request = new ContactRequest { Subject = scenario.Subject, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, Caller = new Caller(Entity) };

        scenario.Clock.SetUtcNow(BeforeCutOff);
        Assert.True(scenario.Service.Evaluate(request).Allowed);
        scenario.Clock.SetUtcNow(AfterCutOff);
        Assert.False(scenario.Service.Evaluate(request).Allowed);
    }
}
