using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

/// <summary>What a tool checks with <see cref="ConsentEvent.Validate"/> before it opens a ledger: what an append would refuse.</summary>
public sealed class ConsentEventValidationTests
{
    private static readonly DateTimeOffset Moment = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_complete_consent_is_valid()
    {
        var consent = new ConsentGiven { OccurredAt = Moment, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = "Acme B.V." };

        consent.Validate();
    }

    [Fact]
    public void A_consent_without_a_legal_entity_is_refused_naming_the_field()
    {
        var consent = new ConsentGiven { OccurredAt = Moment, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = " " };

        var refused = Assert.Throws<ArgumentException>(consent.Validate);

        Assert.Equal(nameof(ConsentGiven.LegalEntity), refused.ParamName);
    }

    [Fact]
    public void A_consent_that_expires_before_it_was_given_is_refused_naming_the_field()
    {
        var consent = new ConsentGiven { OccurredAt = Moment, Purpose = ContactPurpose.Service, Channel = ContactChannel.Email, LegalEntity = "Acme B.V.", ValidUntil = Moment.AddDays(-1) };

        var refused = Assert.Throws<ArgumentException>(consent.Validate);

        Assert.Equal(nameof(ConsentGiven.ValidUntil), refused.ParamName);
    }
}
