using Microsoft.Extensions.Time.Testing;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

/// <summary>One person, one ledger and a fake clock: the events of a test, then the question.</summary>
internal sealed class ConsentScenario
{
    public const string Entity = "Acme Energie B.V.";

    public static readonly DateTimeOffset BeforeCutOff = At("2026-06-15T11:00:00+02:00");
    public static readonly DateTimeOffset AfterCutOff = At("2026-07-15T11:00:00+02:00");

    public ConsentScenario(ContactRuleOptions? options = null)
    {
        Clock = new FakeTimeProvider(At("2026-06-01T10:00:00+02:00"));
        Ledger = new InMemoryConsentLedger(Clock);
        Service = new ConsentService(Ledger, new SubjectPseudonymizer(new byte[32]), Clock, options);
    }

    public SubjectId Subject { get; } = SubjectId.Phone("+31 6 12345678");

    public FakeTimeProvider Clock { get; }

    public InMemoryConsentLedger Ledger { get; }

    public ConsentService Service { get; }

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public ConsentScenario Given(ConsentEvent consentEvent)
    {
        Service.Record(Subject, consentEvent);
        return this;
    }

    public ConsentScenario Consent(string at, ContactChannel channel = ContactChannel.Phone, string? validUntil = null, string entity = Entity) => Given(new ConsentGiven
    {
        OccurredAt = At(at),
        Purpose = ContactPurpose.DirectMarketing,
        Channel = channel,
        LegalEntity = entity,
        ValidUntil = validUntil is null ? null : At(validUntil),
    });

    public ConsentScenario Customer(string since, string? until = null) => Given(new CustomerRelationshipRecorded
    {
        OccurredAt = At(since),
        LegalEntity = Entity,
        Since = At(since),
        Until = until is null ? null : At(until),
    });

    public ContactDecision Ask(
        DateTimeOffset at,
        ContactChannel channel = ContactChannel.Phone,
        ContactPurpose purpose = ContactPurpose.DirectMarketing,
        CallerSector sector = CallerSector.Commercial,
        Jurisdiction jurisdiction = Jurisdiction.Netherlands,
        SubjectId? subject = null) => Service.Decide(new ContactRequest
        {
            Subject = subject ?? Subject,
            Purpose = purpose,
            Channel = channel,
            Caller = new Caller(Entity, sector),
            Jurisdiction = jurisdiction,
            At = at,
        });
}
