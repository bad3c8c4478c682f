using System.Collections.Concurrent;

namespace Privacy.Kit.Consent;

/// <summary>
/// A consent ledger in memory: for tests, and for a process that replays a durable ledger at start. Thread-safe;
/// reading a person's state takes no lock.
/// </summary>
public sealed class InMemoryConsentLedger : IConsentLedger
{
    private readonly ConcurrentDictionary<SubjectPseudonym, Chain> _chains = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="InMemoryConsentLedger"/> class.</summary>
    /// <param name="timeProvider">The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</param>
    public InMemoryConsentLedger(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public ConsentRecord Append(SubjectPseudonym subject, ConsentEvent consentEvent)
    {
        var chain = _chains.GetOrAdd(subject, static _ => new Chain());
        lock (chain)
        {
            var record = ConsentRecord.Create(subject, chain.Entries.Count + 1L, chain.Head, consentEvent, _timeProvider.GetUtcNow());
            chain.Entries.Add(record);
            if (consentEvent is not ContactDecisionRecorded)
            {
                // Copy on write: readers take the array without a lock; a person has few state events.
                chain.History = [.. chain.History, record];
            }

            return record;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject)
    {
        if (!_chains.TryGetValue(subject, out var chain))
        {
            return [];
        }

        lock (chain)
        {
            return chain.Entries.ToArray();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadHistory(SubjectPseudonym subject) =>
        _chains.TryGetValue(subject, out var chain) ? Volatile.Read(ref chain.History) : [];

    /// <inheritdoc />
    public ChainVerification Verify(SubjectPseudonym subject) => ConsentChain.Verify(subject, ReadChain(subject));

    /// <inheritdoc />
    public LedgerVerification VerifyAll()
    {
        var broken = new List<ChainVerification>();
        long subjects = 0, entries = 0;
        foreach (var subject in _chains.Keys)
        {
            var result = Verify(subject);
            subjects++;
            entries += result.Length;
            if (!result.IsIntact)
            {
                broken.Add(result);
            }
        }

        return new LedgerVerification(subjects, entries, broken);
    }

    private sealed class Chain
    {
        public List<ConsentRecord> Entries { get; } = [];

        public ConsentRecord[] History = [];

        public ConsentHash Head => Entries.Count == 0 ? ConsentHash.Genesis : Entries[^1].Hash;
    }
}
