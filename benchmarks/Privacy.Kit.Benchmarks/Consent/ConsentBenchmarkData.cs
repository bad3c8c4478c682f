using Privacy.Kit.Consent;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>Subjects, events and requests shared by the consent benchmarks, generated from a fixed seed.</summary>
internal static class ConsentBenchmarkData
{
    public const string Entity = "Acme Energie B.V.";

    public static readonly DateTimeOffset CallMoment = new(2026, 6, 15, 11, 0, 0, TimeSpan.FromHours(2));

    public static SubjectPseudonymizer Pseudonymizer() => new(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    public static SubjectId Subject(int n) => SubjectId.Phone("+316" + (10_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Phone consent for even subjects, a customer relationship for every subject: decisions take both branches.</summary>
    public static IEnumerable<ConsentEvent> History(int n)
    {
        yield return new CustomerRelationshipRecorded
        {
            OccurredAt = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero),
            LegalEntity = Entity,
            Since = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        if (n % 2 == 0)
        {
            yield return new ConsentGiven
            {
                OccurredAt = new DateTimeOffset(2026, 1, 10, 10, 0, 0, TimeSpan.Zero),
                Purpose = ContactPurpose.DirectMarketing,
                Channel = ContactChannel.Phone,
                LegalEntity = Entity,
                CollectionMethod = "web-form",
            };
        }
    }

    public static ContactRequest[] Requests(int count, int subjects)
    {
        var random = new Random(20260701);
        var requests = new ContactRequest[count];
        for (var i = 0; i < count; i++)
        {
            requests[i] = new ContactRequest
            {
                Subject = Subject(random.Next(subjects)),
                Purpose = ContactPurpose.DirectMarketing,
                Channel = ContactChannel.Phone,
                Caller = new Caller(Entity),
                At = CallMoment,
            };
        }

        return requests;
    }
}
