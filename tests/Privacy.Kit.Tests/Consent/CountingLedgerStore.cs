using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

/// <summary>
/// The in-memory store with a count of what the ledger asks of it: rows read from snapshots (the whole-ledger
/// reads), person reads and head reads. The store itself is the real one; only the counting is added.
/// </summary>
internal sealed class CountingLedgerStore : IConsentLedgerStore
{
    private readonly InMemoryLedgerStore _store = new();

    public long SnapshotRows { get; private set; }

    public long SubjectReads { get; private set; }

    public long HeadReads { get; private set; }

    public int LastCheckpointLength { get; private set; }

    public void Reset() => (SnapshotRows, SubjectReads, HeadReads) = (0, 0, 0);

    public ILedgerWriteTransaction BeginWrite() => new Transaction(this, _store.BeginWrite());

    public IReadOnlyList<StoredEntry> ReadSubject(SubjectPseudonym subject, bool includeDecisions)
    {
        SubjectReads++;
        return _store.ReadSubject(subject, includeDecisions);
    }

    public ILedgerSnapshot OpenSnapshot() => new Snapshot(this, _store.OpenSnapshot());

    public void Dispose() => _store.Dispose();

    private sealed class Transaction(CountingLedgerStore counts, ILedgerWriteTransaction inner) : ILedgerWriteTransaction
    {
        public string? ReadInfo(string key) => inner.ReadInfo(key);

        public void WriteInfo(string key, string value) => inner.WriteInfo(key, value);

        public byte[]? ReadCheckpoint() => inner.ReadCheckpoint();

        public void WriteCheckpoint(byte[] checkpoint)
        {
            counts.LastCheckpointLength = checkpoint.Length;
            inner.WriteCheckpoint(checkpoint);
        }

        public ChainHead ReadHead(SubjectPseudonym subject)
        {
            counts.HeadReads++;
            return inner.ReadHead(subject);
        }

        public void Insert(StoredEntry entry) => inner.Insert(entry);

        public void Commit() => inner.Commit();

        public void Dispose() => inner.Dispose();
    }

    private sealed class Snapshot(CountingLedgerStore counts, ILedgerSnapshot inner) : ILedgerSnapshot
    {
        public byte[]? ReadCheckpoint() => inner.ReadCheckpoint();

        public string? ReadInfo(string key) => inner.ReadInfo(key);

        public IEnumerable<StoredEntry> ReadAll() => Count(inner.ReadAll());

        public IEnumerable<StoredEntry> ReadFrom(long position) => Count(inner.ReadFrom(position));

        public void Dispose() => inner.Dispose();

        private IEnumerable<StoredEntry> Count(IEnumerable<StoredEntry> rows)
        {
            foreach (var row in rows)
            {
                counts.SnapshotRows++;
                yield return row;
            }
        }
    }
}
