using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

/// <summary>The key, people and events the ledger tests append.</summary>
internal static class SampleLedger
{
    public static readonly SubjectPseudonymizer Pseudonymizer = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static SubjectPseudonym Subject(int n) => Pseudonymizer.Pseudonymize(SubjectId.Customer("C-" + n));

    public static ConsentEvent Event(int n) => new ContactMade
    {
        OccurredAt = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero).AddSeconds(n),
        Purpose = ContactPurpose.Service,
        Channel = ContactChannel.Phone,
        LegalEntity = "Acme B.V.",
        IdentificationGiven = true,
        ObjectionOffered = false,
        Answer = ObjectionAnswer.NotAsked,
    };
}
