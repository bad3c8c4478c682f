using System.Globalization;
using System.Security.Cryptography;

namespace Privacy.Kit.Consent;

/// <summary>
/// A consent ledger on any <see cref="IConsentLedgerStore"/>: the evidence logic every backend shares. Each person
/// has a chain linked with a keyed hash (an integrity key derived from the pseudonymization key with HKDF, so
/// nobody without the key can forge a chain that verifies); every entry is also a leaf of one Merkle tree over
/// the whole ledger (RFC 9162), whose root a signed <see cref="LedgerDigest"/> covers, so that the party running
/// the ledger cannot edit, reorder, delete or roll back what a digest covers without the digest's holder
/// noticing. Appends from many threads share transactions (group commit); an append returns once it is durable.
/// </summary>
public abstract class ConsentLedger : IConsentLedger, IDisposable
{
    /// <summary>The format a ledger of this version writes and reads: keyed chains and a Merkle tree (format 1 had unkeyed chains).</summary>
    public const string FormatVersion = "2";

    /// <summary>The info key under which a store keeps the ledger's format.</summary>
    public const string FormatKey = "format";

    private const string KeyFingerprintKey = "key-fingerprint";
    private const string KeyMismatch = "was created with another pseudonymization key (fingerprint {0}, not {1}); open it with the key it was created with";
    private readonly IConsentLedgerStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly GroupCommit _groupCommit;
    private readonly object _writeGate = new();
    private readonly object _proofGate = new();

    /// <summary>The chain heads this instance wrote, valid while the stored checkpoint is <see cref="_lastCheckpoint"/> (nobody else wrote since).</summary>
    private readonly Dictionary<SubjectPseudonym, ChainHead> _writtenHeads = [];
    private byte[]? _lastCheckpoint;
    private LedgerCheckpoint? _lastCheckpointRead;
    private bool _disposed;
    private LedgerScan? _proofScan;
    private long _transactions;

    /// <summary>Initializes a new instance of the <see cref="ConsentLedger"/> class: checks (or, for a new ledger, records) its format, key fingerprint and id.</summary>
    /// <param name="store">Where the rows are kept; the ledger disposes it.</param>
    /// <param name="pseudonymizer">The pseudonymizer of the ledger's key; the integrity key is derived from it.</param>
    /// <param name="timeProvider">The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</param>
    /// <param name="name">How to name the ledger in messages, for example its file.</param>
    /// <exception cref="InvalidOperationException">The store holds a ledger of another format or made with another key.</exception>
    /// <exception cref="ConsentLedgerDamagedException">The store holds entries but neither an id nor a checkpoint: claiming them anew would hide what was done to them.</exception>
    protected ConsentLedger(IConsentLedgerStore store, SubjectPseudonymizer pseudonymizer, TimeProvider? timeProvider, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        _store = store;
        _timeProvider = timeProvider ?? TimeProvider.System;
        Key = ChainKey.From(pseudonymizer);
        _groupCommit = new GroupCommit(CommitUnlessDisposed);
        using (var snapshot = store.OpenSnapshot())
        {
            // A ledger that has made its claims is only read: opening it writes nothing (a read-only audit relies on it).
            // One whose checkpoint was deleted is never sealed anew, which would hide the damage: it opens so that
            // verification can say what is wrong, and every append refuses it.
            var unsealed = snapshot.ReadCheckpoint() is null && snapshot.ReadAll().Any();
            if (snapshot.ReadInfo("ledger-id") is { } id && (unsealed || snapshot.ReadCheckpoint() is not null))
            {
                Check(name, FormatKey, snapshot.ReadInfo(FormatKey), FormatVersion, "is a consent ledger of format {0}; this version reads format {1}");
                Check(name, KeyFingerprintKey, snapshot.ReadInfo(KeyFingerprintKey), pseudonymizer.KeyFingerprint, KeyMismatch);
                LedgerId = id;
                return;
            }

            if (unsealed)
            {
                throw new ConsentLedgerDamagedException($"the consent ledger '{name}' holds entries but neither an id nor a checkpoint (they were deleted); the ledger is damaged, run 'verify'.");
            }
        }

        using var transaction = store.BeginWrite();
        Claim(transaction, name, FormatKey, FormatVersion, "is a consent ledger of format {0}; this version reads format {1}");
        Claim(transaction, name, KeyFingerprintKey, pseudonymizer.KeyFingerprint, KeyMismatch);
        LedgerId = transaction.ReadInfo("ledger-id") ?? NewId(transaction);
        if (transaction.ReadCheckpoint() is null)
        {
            transaction.WriteCheckpoint(LedgerCheckpoint.Empty(Key).ToBytes());
        }

        transaction.Commit();
    }

    /// <summary>The ledger's identity, random and fixed when it is created; digests name it, so a digest of one ledger never passes for another.</summary>
    public string LedgerId { get; }

    /// <summary>How many write transactions this instance committed: fewer than its appends when writers shared them.</summary>
    internal long CommittedTransactions => Interlocked.Read(ref _transactions);

    /// <summary>Whether an append is committing a batch right now.</summary>
    internal bool IsCommitting => _groupCommit.IsCommitting;

    /// <summary>How many appends wait for the next batch.</summary>
    internal int QueuedAppends => _groupCommit.QueuedAppends;

    internal ChainKey Key { get; }

    /// <inheritdoc />
    public ConsentRecord Append(SubjectPseudonym subject, ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        return _groupCommit.Append(new PendingAppend(subject, consentEvent));
    }

    /// <summary>
    /// Appends many events in one transaction, for importing an existing consent register. Either all valid
    /// events are stored or, when the transaction fails, none.
    /// </summary>
    /// <param name="events">The subjects and events, in the order to append them.</param>
    /// <returns>The stored entries, in the same order.</returns>
    /// <exception cref="ArgumentException">An event is incomplete or inconsistent; the valid ones are still stored.</exception>
    public IReadOnlyList<ConsentRecord> AppendBatch(IReadOnlyList<(SubjectPseudonym Subject, ConsentEvent Event)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var batch = new List<PendingAppend>(events.Count);
        foreach (var (subject, consentEvent) in events)
        {
            batch.Add(new PendingAppend(subject, consentEvent ?? throw new ArgumentException("An event is null.", nameof(events))));
        }

        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Commit(batch);
        }

        var records = new ConsentRecord[batch.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = batch[i].Outcome();
        }

        return records;
    }

    /// <summary>
    /// Copies the entries of another ledger (one of format 1, say) into this new, empty ledger in one transaction,
    /// keeping when each was recorded: the migration to this format. The chains are linked anew with this ledger's
    /// key, so each person's entries must verify first (<see cref="ConsentChain.Verify"/>): tampered history is never
    /// sealed into the new format. Either every entry is stored or none.
    /// </summary>
    /// <param name="records">The old entries, each person's in sequence order, in the order to store them.</param>
    /// <exception cref="ArgumentException">A person's entries do not verify, or an event is incomplete or inconsistent.</exception>
    /// <exception cref="InvalidOperationException">This ledger already holds entries: importing would backdate entries into live evidence.</exception>
    public void Import(IReadOnlyList<ConsentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var chains = new Dictionary<SubjectPseudonym, List<ConsentRecord>>();
        var batch = new List<PendingAppend>(records.Count);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            record.Event.Validate();
            if (!chains.TryGetValue(record.Subject, out var chain))
            {
                chain = [];
                chains.Add(record.Subject, chain);
            }

            chain.Add(record);
            batch.Add(new PendingAppend(record.Subject, record.Event) { RecordedAt = record.RecordedAt });
        }

        foreach (var (subject, chain) in chains)
        {
            var verification = ConsentChain.Verify(subject, chain);
            if (!verification.IsIntact)
            {
                throw new ArgumentException($"The entries of subject {subject} do not verify at entry {verification.BrokenAt}: {verification.Problem}; nothing was imported.", nameof(records));
            }
        }

        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Commit(batch, intoEmptyLedger: true);
        }

        foreach (var pending in batch)
        {
            pending.Outcome();
        }
    }

    /// <inheritdoc />
    /// <exception cref="ConsentLedgerDamagedException">A row of the person cannot be read: the ledger is damaged (run <see cref="VerifyAll"/>).</exception>
    public IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject) => Restore(subject, includeDecisions: true);

    /// <inheritdoc />
    /// <exception cref="ConsentLedgerDamagedException">A row of the person cannot be read: the ledger is damaged (run <see cref="VerifyAll"/>).</exception>
    public IReadOnlyList<ConsentRecord> ReadHistory(SubjectPseudonym subject) => Restore(subject, includeDecisions: false);

    /// <inheritdoc />
    public ChainVerification Verify(SubjectPseudonym subject)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var check = new ChainCheck(subject, Key);
        foreach (var row in _store.ReadSubject(subject, includeDecisions: true))
        {
            check.Add(row);
        }

        return check.Result();
    }

    /// <inheritdoc />
    public LedgerVerification VerifyAll() => Scan(digest: null).Verification;

    /// <summary>
    /// Makes a digest of the whole ledger as it is now (entry count, Merkle root, time, ledger id) and signs it.
    /// The client keeps it where the ledger's operator cannot change it and checks the ledger against it later.
    /// </summary>
    /// <param name="signingKey">An ECDSA P-256 private key (see <see cref="LedgerDigest.ReadPrivateKey"/>).</param>
    /// <returns>The signed digest.</returns>
    /// <exception cref="ConsentLedgerDamagedException">The ledger does not verify: a digest would vouch for damaged evidence.</exception>
    public LedgerDigest CreateDigest(ECDsa signingKey)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var scan = Scan(digest: null);
        if (!scan.Verification.IsIntact)
        {
            throw new ConsentLedgerDamagedException($"the ledger does not verify, so no digest was made: {scan.Verification.Describe()}; the ledger is damaged, run 'verify'.");
        }

        return LedgerDigest.Sign(LedgerId, scan.Size, scan.Root, _timeProvider.GetUtcNow(), signingKey);
    }

    /// <summary>
    /// Checks the ledger against a digest kept elsewhere: the digest's signature, that it is this ledger's, that
    /// the ledger still holds every entry the digest covers unchanged and in the same order (it may have grown),
    /// and everything <see cref="VerifyAll"/> checks.
    /// </summary>
    /// <param name="digest">The digest.</param>
    /// <param name="publicKey">The public key the digest must be signed with.</param>
    /// <returns>What is wrong, if anything.</returns>
    public LedgerVerification VerifyAgainst(LedgerDigest digest, ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(publicKey);
        if (!digest.VerifySignature(publicKey))
        {
            return LedgerVerification.Failed("the digest's signature does not verify with this public key (another key, or the digest was edited)");
        }

        if (!string.Equals(digest.LedgerId, LedgerId, StringComparison.Ordinal))
        {
            return LedgerVerification.Failed($"the digest is of ledger {digest.LedgerId}, not of this ledger ({LedgerId})");
        }

        return Scan(digest).Verification;
    }

    /// <summary>
    /// Everything the ledger holds about one person with an inclusion proof per entry, so the person's evidence
    /// can be checked against a digest without the rest of the ledger.
    /// </summary>
    /// <remarks>
    /// The first proof reads and checks the whole ledger and keeps its Merkle tree (about 64 bytes per entry) and
    /// every chain's state; later proofs of this instance read only the entries appended since, the checkpoint and
    /// the person's own rows, which must be the ones the tree holds. Anything else (a damaged new row, a checkpoint
    /// that does not match, a row of the person that changed or is missing) makes the proof read the whole ledger
    /// again, so what <see cref="InclusionEvidence.Ledger"/> reports is never weaker than a fresh read of the
    /// rows it covers. <see cref="VerifyAll"/> always reads everything.
    /// </remarks>
    /// <param name="subject">The person.</param>
    /// <param name="digest">The digest to prove against (its tree size); null for the ledger as it is now.</param>
    /// <returns>The proof.</returns>
    public ConsentProof Prove(SubjectPseudonym subject, LedgerDigest? digest = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_proofGate)
        {
            return Prove(subject, digest, reuse: true) ?? Prove(subject, digest, reuse: false)!;
        }
    }

    /// <summary>Closes the store. Appends in progress finish first.</summary>
    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        lock (_proofGate)
        {
            _proofScan = null;
        }

        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void Claim(ILedgerWriteTransaction transaction, string name, string key, string value, string mismatch)
    {
        if (transaction.ReadInfo(key) is not { } stored)
        {
            transaction.WriteInfo(key, value);
        }
        else
        {
            Check(name, key, stored, value, mismatch);
        }
    }

    private static void Check(string name, string key, string? stored, string value, string mismatch)
    {
        if (!string.Equals(stored, value, StringComparison.Ordinal))
        {
            var message = string.Format(CultureInfo.InvariantCulture, mismatch, stored, value);
            if (key == FormatKey && stored == "1")
            {
                message += $" (format 1 has unkeyed chains that whoever holds the file can rewrite); migrate it with 'privacy-kit consent migrate --db {name} --output NEW' and use the new file";
            }

            throw new InvalidOperationException($"The consent ledger '{name}' {message}.");
        }
    }

    private static string NewId(ILedgerWriteTransaction transaction)
    {
        var id = Guid.NewGuid().ToString("D");
        transaction.WriteInfo("ledger-id", id);
        return id;
    }

    /// <summary>
    /// Every person's state entries (decisions left out by their payload, not by the kind column), in chain order, from
    /// one snapshot that is verified on the way: an audit never reports on evidence that does not verify.
    /// </summary>
    /// <exception cref="ConsentLedgerDamagedException">An entry cannot be read, or the ledger does not verify.</exception>
    internal Dictionary<SubjectPseudonym, ConsentRecord[]> ReadAllHistories()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lists = new Dictionary<SubjectPseudonym, List<ConsentRecord>>();
        using (var snapshot = _store.OpenSnapshot())
        {
            var scan = new LedgerScan(Key, rootAtSize: null, keepNodes: false);
            foreach (var row in snapshot.ReadAll())
            {
                scan.Add(row);
                ConsentRecord record;
                try
                {
                    record = Restore(row);
                }
                catch (FormatException e)
                {
                    throw new ConsentLedgerDamagedException($"the entry at position {row.Position} cannot be read ({e.Message}); the ledger is damaged, run 'verify'.", e);
                }

                if (record.Event is ContactDecisionRecorded)
                {
                    continue;
                }

                if (!lists.TryGetValue(record.Subject, out var list))
                {
                    list = [];
                    lists.Add(record.Subject, list);
                }

                list.Add(record);
            }

            var verification = scan.Finish(snapshot.ReadCheckpoint(), digest: null);
            if (!verification.IsIntact)
            {
                throw new ConsentLedgerDamagedException($"the ledger does not verify, so nothing was decided on it: {verification.Describe()}; the ledger is damaged, run 'verify'.");
            }
        }

        var histories = new Dictionary<SubjectPseudonym, ConsentRecord[]>(lists.Count);
        foreach (var (subject, list) in lists)
        {
            list.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
            histories.Add(subject, [.. list]);
        }

        return histories;
    }

    /// <summary>A row read for a decision or an audit, or a <see cref="FormatException"/>: unreadable, or its kind column is not what its hashed payload says (an edited column must not change what a decision sees, and is never ignored).</summary>
    private ConsentRecord Restore(StoredEntry row)
    {
        var record = row.Problem is null ? ConsentRecord.Restore(row, Key) : throw new FormatException(row.Problem);
        return string.Equals(record.Event.Kind, row.Kind, StringComparison.Ordinal) ? record
            : throw new FormatException($"the kind column says '{row.Kind}' but the hashed payload says '{record.Event.Kind}' (the column was edited)");
    }

    private ConsentRecord[] Restore(SubjectPseudonym subject, bool includeDecisions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = _store.ReadSubject(subject, includeDecisions);
        var records = new ConsentRecord[rows.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var row = rows[i];
            try
            {
                records[i] = Restore(row);
            }
            catch (FormatException e)
            {
                // Fail closed: a decision on a history with an unreadable entry could miss an objection.
                throw new ConsentLedgerDamagedException($"entry {i + 1} of subject {subject} cannot be read ({e.Message}); the ledger is damaged, run 'verify'.", e);
            }

            row.Record = records[i];
        }

        return records;
    }

    private (LedgerVerification Verification, long Size, Digest256 Root) Scan(LedgerDigest? digest)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var snapshot = _store.OpenSnapshot();
        var scan = new LedgerScan(Key, digest?.TreeSize, keepNodes: false);
        foreach (var row in snapshot.ReadAll())
        {
            scan.Add(row);
        }

        return (scan.Finish(snapshot.ReadCheckpoint(), digest), scan.Size, scan.Root());
    }

    /// <summary>A proof from the kept tree (<paramref name="reuse"/>) or from a fresh read; null when the kept tree no longer fits the person's rows.</summary>
    private ConsentProof? Prove(SubjectPseudonym subject, LedgerDigest? digest, bool reuse)
    {
        LedgerScan scan;
        LedgerVerification verification;
        using (var snapshot = _store.OpenSnapshot())
        {
            (scan, verification) = CatchUp(snapshot, digest, reuse);
        }

        var nodes = scan.Nodes!;
        var size = digest?.TreeSize ?? scan.Size;
        var entries = new List<ConsentRecord>();
        var paths = new List<IReadOnlyList<Digest256>>();
        var chain = new ChainCheck(subject, Key);
        foreach (var row in _store.ReadSubject(subject, includeDecisions: true))
        {
            if (row.Problem is null && row.Position >= scan.Size)
            {
                break; // appended after the snapshot, and so are the rest
            }

            chain.Add(row);
            if (row.Problem is not null || row.Position >= size)
            {
                continue;
            }

            if (!MerkleTree.Leaf(row.Hash, row.Payload.Span).Equals(nodes.Leaf(row.Position)))
            {
                if (reuse)
                {
                    return null;
                }

                verification = verification with { Problems = [.. verification.Problems, $"the entry at position {row.Position} changed while the proof was made"] };
                continue;
            }

            try
            {
                entries.Add(row.Record ?? ConsentRecord.Restore(row, Key));
            }
            catch (FormatException)
            {
                continue; // the chain check reports the row
            }

            if (size <= nodes.Size)
            {
                paths.Add(nodes.InclusionProof(row.Position, size));
            }
        }

        if (reuse && (chain.IsBroken || chain.Length != scan.ChainLength(subject)))
        {
            return null;
        }

        var root = digest is null ? nodes.Root(size) : scan.RootAt(digest.TreeSize) ?? MerkleTree.Empty;
        var proven = chain.IsBroken ? chain.Result() : new ChainVerification(subject, entries.Count, entries.Count == 0 ? ConsentHash.Genesis : entries[^1].Hash, null, null);
        return new ConsentProof(subject, _timeProvider.GetUtcNow(), entries, proven)
        {
            Inclusion = new InclusionEvidence(LedgerId, size, root, paths, digest, verification),
        };
    }

    /// <summary>The kept scan brought up to this snapshot, or a fresh scan of the whole ledger (kept when it verifies).</summary>
    private (LedgerScan Scan, LedgerVerification Verification) CatchUp(ILedgerSnapshot snapshot, LedgerDigest? digest, bool reuse)
    {
        var checkpoint = snapshot.ReadCheckpoint();
        LedgerScan scan;
        if (reuse && _proofScan is { } kept && LedgerCheckpoint.TryRead(checkpoint) is { } current && current.Size >= kept.Size)
        {
            scan = kept;
            foreach (var row in snapshot.ReadFrom(scan.Size))
            {
                scan.Add(row);
            }

            var caughtUp = scan.Finish(checkpoint, digest: null);
            if (caughtUp.IsIntact)
            {
                return (scan, digest is null ? caughtUp : scan.Finish(checkpoint, digest));
            }
        }

        _proofScan = null;
        scan = new LedgerScan(Key, rootAtSize: null, keepNodes: true);
        foreach (var row in snapshot.ReadAll())
        {
            scan.Add(row);
        }

        var verification = scan.Finish(checkpoint, digest: null);
        if (verification.IsIntact)
        {
            _proofScan = scan;
        }

        return (scan, digest is null ? verification : scan.Finish(checkpoint, digest));
    }

    private void CommitUnlessDisposed(List<PendingAppend> batch)
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                var disposed = new ObjectDisposedException(GetType().FullName);
                foreach (var waiting in batch)
                {
                    waiting.Fail(disposed);
                }
            }
            else
            {
                Commit(batch);
            }
        }
    }

    /// <summary>How many chain heads an instance remembers between its transactions (about 100 bytes each).</summary>
    private const int MaxRememberedHeads = 100_000;

    private void Commit(List<PendingAppend> batch, bool intoEmptyLedger = false)
    {
        var recordedAt = _timeProvider.GetUtcNow();
        var heads = new Dictionary<SubjectPseudonym, ChainHead>();
        var stored = new List<(PendingAppend Pending, ConsentRecord Record)>(batch.Count);
        try
        {
            using var transaction = _store.BeginWrite();
            var bytes = transaction.ReadCheckpoint();

            // The checkpoint changes with every entry stored, so when it is still the one this instance wrote, no
            // other writer (process, machine) appended since, and the heads this instance wrote are still the heads:
            // a transaction then reads no head it wrote itself.
            var unchanged = bytes is not null && _lastCheckpoint is not null && bytes.AsSpan().SequenceEqual(_lastCheckpoint);
            if (!unchanged)
            {
                _writtenHeads.Clear();
            }

            var checkpoint = unchanged ? _lastCheckpointRead : bytes is null ? null : LedgerCheckpoint.TryRead(bytes);
            if (checkpoint is null || (!unchanged && !checkpoint.IsSealedBy(Key)))
            {
                throw new ConsentLedgerDamagedException("the ledger's checkpoint is missing or was not written with this key; the ledger is damaged, run 'verify'.");
            }

            if (intoEmptyLedger && checkpoint.Frontier.Size != 0)
            {
                throw new InvalidOperationException($"The ledger already holds {checkpoint.Frontier.Size} entries; import only into a new ledger.");
            }

            var frontier = checkpoint.Frontier.Copy();
            foreach (var pending in batch)
            {
                if (!heads.TryGetValue(pending.Subject, out var head) && !_writtenHeads.TryGetValue(pending.Subject, out head))
                {
                    head = transaction.ReadHead(pending.Subject);
                }

                ConsentRecord record;
                try
                {
                    record = ConsentRecord.Create(Key, frontier.Size, pending.Subject, head, pending.Event, pending.RecordedAt ?? recordedAt);
                }
                catch (ArgumentException invalid)
                {
                    // An invalid event fails alone; the others in the batch are still stored.
                    pending.Fail(invalid);
                    continue;
                }

                transaction.Insert(record.ToStored());
                frontier.Append(MerkleTree.Leaf(record.Hash, record.Payload.Span));
                heads[pending.Subject] = new ChainHead(record.Sequence, record.Hash);
                stored.Add((pending, record));
            }

            var next = new LedgerCheckpoint(frontier, Key.Seal(frontier.Size, frontier.Root()));
            var written = next.ToBytes();
            transaction.WriteCheckpoint(written);
            transaction.Commit();
            Interlocked.Increment(ref _transactions);
            (_lastCheckpoint, _lastCheckpointRead) = (written, next);
        }
        catch (Exception e)
        {
            // Whether the transaction committed is unknown: read every head again next time.
            (_lastCheckpoint, _lastCheckpointRead) = (null, null);
            _writtenHeads.Clear();
            foreach (var pending in batch)
            {
                pending.Fail(e);
            }

            return;
        }

        if (_writtenHeads.Count + heads.Count > MaxRememberedHeads)
        {
            _writtenHeads.Clear();
        }

        foreach (var (subject, head) in heads)
        {
            _writtenHeads[subject] = head;
        }

        foreach (var (pending, record) in stored)
        {
            pending.Succeed(record);
        }
    }
}
