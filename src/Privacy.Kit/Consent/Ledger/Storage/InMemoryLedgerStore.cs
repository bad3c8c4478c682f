namespace Privacy.Kit.Consent;

/// <summary>
/// Rows in memory. One writer at a time (a lock held from <see cref="BeginWrite"/> to the transaction's end);
/// readers take each person's rows without a lock (copy on write: a person has few entries).
/// </summary>
internal sealed class InMemoryLedgerStore : IConsentLedgerStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _info = new(StringComparer.Ordinal);
    private readonly Dictionary<SubjectPseudonym, Chain> _chains = [];
    private StoredEntry[] _all = [];
    private int _count;
    private byte[]? _checkpoint;

    public ILedgerWriteTransaction BeginWrite()
    {
        Monitor.Enter(_gate);
        return new Transaction(this);
    }

    public IReadOnlyList<StoredEntry> ReadSubject(SubjectPseudonym subject, bool includeDecisions)
    {
        Chain? chain;
        lock (_gate)
        {
            _chains.TryGetValue(subject, out chain);
        }

        return chain is null ? [] : includeDecisions ? Volatile.Read(ref chain.Entries) : Volatile.Read(ref chain.History);
    }

    public ILedgerSnapshot OpenSnapshot()
    {
        lock (_gate)
        {
            return new Snapshot(_all.AsSpan(0, _count).ToArray(), _checkpoint, new Dictionary<string, string>(_info, StringComparer.Ordinal));
        }
    }

    public void Dispose()
    {
    }

    private sealed class Chain
    {
        public StoredEntry[] Entries = [];
        public StoredEntry[] History = [];
    }

    private sealed class Transaction(InMemoryLedgerStore store) : ILedgerWriteTransaction
    {
        private readonly List<StoredEntry> _inserted = [];
        private readonly Dictionary<string, string> _info = new(StringComparer.Ordinal);
        private readonly Dictionary<SubjectPseudonym, ChainHead> _heads = [];
        private byte[]? _checkpoint;
        private bool _done;

        public string? ReadInfo(string key) => _info.TryGetValue(key, out var value) || store._info.TryGetValue(key, out value) ? value : null;

        public void WriteInfo(string key, string value) => _info[key] = value;

        public byte[]? ReadCheckpoint() => _checkpoint ?? store._checkpoint;

        public void WriteCheckpoint(byte[] checkpoint) => _checkpoint = checkpoint;

        public ChainHead ReadHead(SubjectPseudonym subject)
        {
            if (_heads.TryGetValue(subject, out var head))
            {
                return head;
            }

            return store._chains.TryGetValue(subject, out var chain) && chain.Entries.Length > 0
                ? new ChainHead(chain.Entries[^1].Sequence, chain.Entries[^1].Hash)
                : ChainHead.None;
        }

        public void Insert(StoredEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry);
            if (entry.Position != store._count + _inserted.Count || entry.Sequence != ReadHead(entry.Subject).Length + 1)
            {
                throw new InvalidOperationException("The entry does not extend the ledger and its chain.");
            }

            _inserted.Add(entry);
            _heads[entry.Subject] = new ChainHead(entry.Sequence, entry.Hash);
        }

        public void Commit()
        {
            foreach (var (key, value) in _info)
            {
                store._info[key] = value;
            }

            if (store._all.Length < store._count + _inserted.Count)
            {
                Array.Resize(ref store._all, Math.Max(16, Math.Max(store._all.Length * 2, store._count + _inserted.Count)));
            }

            foreach (var entry in _inserted)
            {
                store._all[store._count++] = entry;
                if (!store._chains.TryGetValue(entry.Subject, out var chain))
                {
                    chain = new Chain();
                    store._chains.Add(entry.Subject, chain);
                }

                Volatile.Write(ref chain.Entries, [.. chain.Entries, entry]);
                if (entry.Kind != ContactDecisionRecorded.KindName)
                {
                    Volatile.Write(ref chain.History, [.. chain.History, entry]);
                }
            }

            store._checkpoint = _checkpoint ?? store._checkpoint;
            _inserted.Clear();
            _info.Clear();
        }

        public void Dispose()
        {
            if (!_done)
            {
                _done = true;
                Monitor.Exit(store._gate);
            }
        }
    }

    private sealed class Snapshot(StoredEntry[] rows, byte[]? checkpoint, Dictionary<string, string> info) : ILedgerSnapshot
    {
        public byte[]? ReadCheckpoint() => checkpoint;

        public string? ReadInfo(string key) => info.TryGetValue(key, out var value) ? value : null;

        public IEnumerable<StoredEntry> ReadAll() => rows;

        public IEnumerable<StoredEntry> ReadFrom(long position) => new ArraySegment<StoredEntry>(rows, (int)Math.Clamp(position, 0, rows.Length), rows.Length - (int)Math.Clamp(position, 0, rows.Length));

        public void Dispose()
        {
        }
    }
}
