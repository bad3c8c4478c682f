using System.Text;
using Privacy.Kit.Consent;
using static Privacy.Kit.Tests.Consent.ConsentScenario;

namespace Privacy.Kit.Tests.Consent;

public sealed class ConsentChainTests
{
    private static readonly SubjectPseudonym Subject = new SubjectPseudonymizer(new byte[32]).Pseudonymize(SubjectId.Customer("C-1"));

    [Fact]
    public void Each_entry_carries_the_hash_of_the_previous_one()
    {
        var chain = Chain(3);

        Assert.Equal(ConsentHash.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.True(ConsentChain.Verify(Subject, chain).IsIntact);
    }

    [Fact]
    public void Editing_an_entry_breaks_the_chain_at_that_entry()
    {
        var chain = Chain(3).ToList();
        var edited = Encoding.UTF8.GetString(chain[1].Payload.Span).Replace("in-call", "web-form", StringComparison.Ordinal);
        chain[1] = ConsentRecord.Restore(Encoding.UTF8.GetBytes(edited), chain[1].PreviousHash, chain[1].Hash);

        var result = ConsentChain.Verify(Subject, chain);

        Assert.Equal(2, result.BrokenAt);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_an_entry_breaks_the_chain()
    {
        var chain = Chain(3).ToList();
        chain.RemoveAt(1);

        Assert.Equal(2, ConsentChain.Verify(Subject, chain).BrokenAt);
    }

    [Fact]
    public void Deleting_the_last_entry_is_caught_by_the_recorded_length()
    {
        var chain = Chain(3);

        var result = ConsentChain.Verify(Subject, chain.Take(2).ToList(), expectedLength: 3, expectedHead: chain[2].Hash);

        Assert.False(result.IsIntact);
    }

    [Fact]
    public void Reordering_entries_breaks_the_chain()
    {
        var chain = Chain(3).ToList();
        (chain[1], chain[2]) = (chain[2], chain[1]);

        Assert.Equal(2, ConsentChain.Verify(Subject, chain).BrokenAt);
    }

    [Fact]
    public void An_entry_of_another_subject_breaks_the_chain()
    {
        var other = new SubjectPseudonymizer(new byte[32]).Pseudonymize(SubjectId.Customer("C-2"));

        Assert.False(ConsentChain.Verify(other, Chain(1)).IsIntact);
    }

    [Fact]
    public void A_restored_entry_equals_the_created_one()
    {
        var ledger = new InMemoryConsentLedger();
        var created = ledger.Append(Subject, Objection(1));
        var row = new StoredEntry(created.Position!.Value, created.Subject, created.Sequence, created.Event.Kind, created.PreviousHash, created.Hash, created.Payload);

        var restored = ConsentRecord.Restore(row, ledger.Key);

        Assert.Equal(created.Event, restored.Event);
        Assert.Equal(created.Sequence, restored.Sequence);
        Assert.Equal(created.RecordedAt, restored.RecordedAt);
        Assert.True(restored.HashMatches);
    }

    [Fact]
    public void Every_event_kind_survives_storage()
    {
        var ledger = new InMemoryConsentLedger();
        ConsentEvent[] events =
        [
            new ConsentGiven
            {
                OccurredAt = At("2026-01-01T10:00:00+01:00"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Sms, LegalEntity = Entity,
                ProductScope = "energy", NoticeVersion = "v3", NoticeHash = "sha256:abc", CollectionMethod = "web-form", CollectionContext = "https://example.nl/form",
                VerificationMethod = "double opt-in", ValidUntil = At("2027-01-01T00:00:00Z"),
            },
            new ConsentWithdrawn { OccurredAt = At("2026-02-01T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Sms, LegalEntity = Entity, Method = "STOP" },
            new ObjectionRecorded { OccurredAt = At("2026-03-01T10:00:00Z"), Method = "chat", Context = "ticket 7" },
            new CustomerRelationshipRecorded { OccurredAt = At("2020-01-01T00:00:00Z"), LegalEntity = Entity, Since = At("2020-01-01T00:00:00Z"), Until = At("2025-01-01T00:00:00Z") },
            new CallRequested { OccurredAt = At("2026-04-01T10:00:00Z"), Purpose = ContactPurpose.Service, Channel = ContactChannel.Phone, ValidUntil = At("2026-04-08T10:00:00Z") },
            new ContactMade { OccurredAt = At("2026-04-02T10:00:00Z"), Purpose = ContactPurpose.Service, Channel = ContactChannel.Phone, LegalEntity = Entity, IdentificationGiven = true, ObjectionOffered = false, Answer = ObjectionAnswer.NotAsked },
        ];

        foreach (var e in events)
        {
            var record = ledger.Append(Subject, e);
            var restored = ConsentRecord.Restore(record.Payload.Span, record.PreviousHash, record.Hash);
            Assert.Equal(e, restored.Event);
        }
    }

    [Fact]
    public void An_invalid_event_is_refused_and_nothing_is_stored()
    {
        var ledger = new InMemoryConsentLedger();

        Assert.Throws<ArgumentException>(() => ledger.Append(Subject, new ConsentGiven
        {
            OccurredAt = At("2026-01-01T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = " ",
        }));
        Assert.Throws<ArgumentException>(() => ledger.Append(Subject, new ConsentGiven
        {
            OccurredAt = At("2026-01-01T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = Entity, ValidUntil = At("2025-01-01T00:00:00Z"),
        }));
        Assert.Empty(ledger.ReadChain(Subject));
    }

    [Fact]
    public void In_memory_ledger_verifies_every_chain()
    {
        var ledger = new InMemoryConsentLedger();
        ledger.Append(Subject, Objection(1));
        ledger.Append(Subject, Objection(2));

        var result = ledger.VerifyAll();

        Assert.True(result.IsIntact);
        Assert.Equal(1, result.Subjects);
        Assert.Equal(2, result.Entries);
    }

    private static ObjectionRecorded Objection(int n) => new() { OccurredAt = At("2026-01-01T10:00:00Z").AddDays(n), Method = "in-call" };

    private static IReadOnlyList<ConsentRecord> Chain(int length)
    {
        var ledger = new InMemoryConsentLedger();
        for (var i = 1; i <= length; i++)
        {
            ledger.Append(Subject, Objection(i));
        }

        return ledger.ReadChain(Subject);
    }
}
