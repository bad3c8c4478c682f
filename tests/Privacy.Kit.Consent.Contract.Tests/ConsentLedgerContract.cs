using Microsoft.Extensions.Time.Testing;
using Privacy.Kit.Tests.Consent;
using static Privacy.Kit.Tests.Consent.SampleLedger;

namespace Privacy.Kit.Consent.Contract.Tests;

/// <summary>
/// What every <see cref="IConsentLedger"/> does, whatever stores it. Each ledger runs these tests through a subclass
/// that says how to open it; a backend passes when it behaves exactly like the others.
/// </summary>
public abstract class ConsentLedgerContract : IDisposable
{
    private readonly List<IDisposable> _opened = [];

    /// <summary>The clock every ledger the test opens stamps its entries with.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Opens the ledger under test (the same storage each time it is called within one test).</summary>
    protected abstract IConsentLedger Open(SubjectPseudonymizer pseudonymizer, TimeProvider clock);

    [Fact]
    public void An_unknown_person_has_an_empty_intact_chain()
    {
        var ledger = Ledger();

        Assert.Empty(ledger.ReadChain(Subject(1)));
        Assert.Empty(ledger.ReadHistory(Subject(1)));
        var verification = ledger.Verify(Subject(1));
        Assert.True(verification.IsIntact);
        Assert.Equal(0L, verification.Length);
        Assert.Equal(ConsentHash.Genesis, verification.Head);
    }

    [Fact]
    public void Appends_are_numbered_from_one_and_each_follows_its_predecessors_hash()
    {
        var ledger = Ledger();

        var first = ledger.Append(Subject(1), Event(1));
        var second = ledger.Append(Subject(1), Event(2));

        Assert.Equal((1L, ConsentHash.Genesis), (first.Sequence, first.PreviousHash));
        Assert.Equal((2L, first.Hash), (second.Sequence, second.PreviousHash));
        Assert.True(first.HashMatches && second.HashMatches);
    }

    [Fact]
    public void What_append_returns_is_what_is_read_back()
    {
        var ledger = Ledger();

        var appended = ledger.Append(Subject(1), Event(1));
        var read = Assert.Single(ledger.ReadChain(Subject(1)));

        Assert.Equal((appended.Subject, appended.Sequence, appended.Hash, appended.PreviousHash, appended.RecordedAt), (read.Subject, read.Sequence, read.Hash, read.PreviousHash, read.RecordedAt));
        Assert.Equal(appended.Event, read.Event);
        Assert.True(appended.Payload.Span.SequenceEqual(read.Payload.Span));
    }

    [Fact]
    public void Entries_are_stamped_with_the_ledgers_clock()
    {
        var ledger = Ledger();
        Clock.Advance(TimeSpan.FromMinutes(5));

        var record = ledger.Append(Subject(1), Event(1));

        Assert.Equal(Clock.GetUtcNow(), record.RecordedAt);
    }

    [Fact]
    public void Every_person_has_a_chain_of_their_own()
    {
        var ledger = Ledger();

        ledger.Append(Subject(1), Event(1));
        var other = ledger.Append(Subject(2), Event(2));

        Assert.Equal((1L, ConsentHash.Genesis), (other.Sequence, other.PreviousHash));
        Assert.Equal([Event(2)], ledger.ReadChain(Subject(2)).Select(r => r.Event));
    }

    [Fact]
    public void History_leaves_out_decisions_and_the_chain_keeps_them()
    {
        var ledger = Ledger();
        var service = new ConsentService(ledger, Pseudonymizer, Clock);
        var person = SubjectId.Customer("C-9");
        service.Record(person, new ObjectionRecorded { OccurredAt = Clock.GetUtcNow().AddDays(-1) });

        var decision = service.Decide(new ContactRequest { Subject = person, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Email, Caller = new Caller("Acme B.V.") });

        Assert.Equal([DenialReason.Objection], decision.Reasons);
        var pseudonym = service.Pseudonymize(person);
        Assert.IsType<ObjectionRecorded>(Assert.Single(ledger.ReadHistory(pseudonym)).Event);
        Assert.Equal(2, ledger.ReadChain(pseudonym).Count);
    }

    [Fact]
    public void An_invalid_event_is_refused_and_stores_nothing()
    {
        var ledger = Ledger();
        ledger.Append(Subject(1), Event(1));

        Assert.ThrowsAny<ArgumentException>(() => ledger.Append(Subject(1), new ConsentGiven
        {
            OccurredAt = Clock.GetUtcNow(), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = "",
        }));

        var next = ledger.Append(Subject(1), Event(2));
        Assert.Equal(2L, next.Sequence);
        Assert.Equal(2, ledger.ReadChain(Subject(1)).Count);
    }

    [Fact]
    public void Concurrent_writers_to_shared_chains_lose_nothing_and_leave_every_chain_intact()
    {
        var ledger = Ledger();
        const int Writers = 8, Appends = 100, Subjects = 3;
        var threads = Enumerable.Range(0, Writers).Select(w => new Thread(() =>
        {
            for (var i = 0; i < Appends; i++)
            {
                ledger.Append(Subject((w + i) % Subjects), Event(i));
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        var verification = ledger.VerifyAll();
        Assert.True(verification.IsIntact, string.Join("; ", verification.Broken.Select(b => b.Problem)));
        Assert.Equal((Subjects, (long)Writers * Appends), (verification.Subjects, verification.Entries));
        for (var s = 0; s < Subjects; s++)
        {
            var chain = ledger.ReadChain(Subject(s));
            Assert.Equal(Enumerable.Range(1, chain.Count).Select(n => (long)n), chain.Select(r => r.Sequence));
        }
    }

    [Fact]
    public void Verifying_everything_counts_people_and_entries()
    {
        var ledger = Ledger();
        ledger.Append(Subject(1), Event(1));
        ledger.Append(Subject(1), Event(2));
        ledger.Append(Subject(2), Event(3));

        var verification = ledger.VerifyAll();

        Assert.True(verification.IsIntact);
        Assert.Equal((2L, 3L), (verification.Subjects, verification.Entries));
        Assert.Equal(ledger.ReadChain(Subject(1))[^1].Hash, ledger.Verify(Subject(1)).Head);
    }

    public void Dispose()
    {
        foreach (var opened in _opened)
        {
            opened.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes what <see cref="Open"/> created, after every ledger was closed.</summary>
    protected virtual void Cleanup()
    {
    }

    private IConsentLedger Ledger()
    {
        var ledger = Open(Pseudonymizer, Clock);
        if (ledger is IDisposable disposable)
        {
            _opened.Add(disposable);
        }

        return ledger;
    }
}
