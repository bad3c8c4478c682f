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
    private bool _disposed;
    private long _transactions;

    /// <summary>Initializes a new instance of the <see cref="ConsentLedger"/> class: checks (or, for a new ledger, records) its format, key fingerprint and id.</summary>
    /// <param name="store">Where the rows are kept; the ledger disposes it.</param>
    /// <param name="pseudonymizer">The pseudonymizer of the ledger's key; the integrity key is derived from it.</param>
    /// <param name="timeProvider">The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</param>
    /// <param name="name">How to name the ledger in messages, for example its file.</param>
    /// <exception cref="InvalidOperationException">The store holds a ledger of another format or made with another key.</exception>
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
            if (snapshot.ReadInfo("ledger-id") is { } id && snapshot.ReadCheckpoint() is not null)
            {
                Check(name, FormatKey, snapshot.ReadInfo(FormatKey), FormatVersion, "is a consent ledger of format {0}; this version reads format {1}");
                Check(name, KeyFingerprintKey, snapshot.ReadInfo(KeyFingerprintKey), pseudonymizer.KeyFingerprint, KeyMismatch);
                LedgerId = id;
                return;
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

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A row of the person cannot be read: the ledger is damaged (run <see cref="VerifyAll"/>).</exception>
    public IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject) => Restore(subject, includeDecisions: true);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A row of the person cannot be read: the ledger is damaged (run <see cref="VerifyAll"/>).</exception>
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
    public LedgerVerification VerifyAll() => Scan(digest: null, proofSize: null).Verification;

    /// <summary>
    /// Makes a digest of the whole ledger as it is now (entry count, Merkle root, time, ledger id) and signs it.
    /// The client keeps it where the ledger's operator cannot change it and checks the ledger against it later.
    /// </summary>
    /// <param name="signingKey">An ECDSA P-256 private key (see <see cref="LedgerDigest.ReadPrivateKey"/>).</param>
    /// <returns>The signed digest.</returns>
    /// <exception cref="InvalidOperationException">The ledger does not verify: a digest would vouch for damaged evidence.</exception>
    public LedgerDigest CreateDigest(ECDsa signingKey)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var scan = Scan(digest: null, proofSize: null);
        if (!scan.Verification.IsIntact)
        {
            throw new InvalidOperationException("The ledger does not verify, so it cannot be digested: " + scan.Verification.Describe());
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

        return Scan(digest, proofSize: null).Verification;
    }

    /// <summary>
    /// Everything the ledger holds about one person with an inclusion proof per entry, so the person's evidence
    /// can be checked against a digest without the rest of the ledger.
    /// </summary>
    /// <param name="subject">The person.</param>
    /// <param name="digest">The digest to prove against (its tree size); null for the ledger as it is now.</param>
    /// <returns>The proof.</returns>
    public ConsentProof Prove(SubjectPseudonym subject, LedgerDigest? digest = null)
    {
        var scan = Scan(digest, digest?.TreeSize, subject);
        var size = digest?.TreeSize ?? scan.Size;
        var entries = new List<ConsentRecord>();
        var paths = new List<IReadOnlyList<Digest256>>();
        foreach (var row in scan.SubjectRows)
        {
            if (row.Position < size && row.Problem is null)
            {
                try
                {
                    entries.Add(ConsentRecord.Restore(row, Key));
                    paths.Add(MerkleTree.InclusionProof(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scan.Leaves)[..(int)size], row.Position));
                }
                catch (FormatException)
                {
                    // The scan's verification reports the row.
                }
            }
        }

        var root = digest is null ? scan.Root : scan.RootAt ?? MerkleTree.Empty;
        var chain = scan.Verification.Broken.FirstOrDefault(b => b.Subject == subject)
            ?? new ChainVerification(subject, entries.Count, entries.Count == 0 ? ConsentHash.Genesis : entries[^1].Hash, null, null);
        return new ConsentProof(subject, _timeProvider.GetUtcNow(), entries, chain)
        {
            Inclusion = new InclusionEvidence(LedgerId, size, root, paths, digest, scan.Verification),
        };
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
                records[i] = row.Problem is null ? ConsentRecord.Restore(row, Key) : throw new FormatException(row.Problem);
            }
            catch (FormatException e)
            {
                // Fail closed: a decision on a history with an unreadable entry could miss an objection.
                throw new InvalidOperationException($"entry {i + 1} of subject {subject} cannot be read ({e.Message}); the ledger is damaged, run 'verify'.", e);
            }

            row.Record = records[i];
        }

        return records;
    }

    private LedgerScan Scan(LedgerDigest? digest, long? proofSize, SubjectPseudonym? subject = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var snapshot = _store.OpenSnapshot();
        var scan = new LedgerScan(Key, digest, keepLeaves: proofSize is not null || subject is not null, subject);
        foreach (var row in snapshot.ReadAll())
        {
            scan.Add(row);
        }

        scan.Finish(snapshot.ReadCheckpoint());
        return scan;
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

    private void Commit(List<PendingAppend> batch)
    {
        var recordedAt = _timeProvider.GetUtcNow();
        var heads = new Dictionary<SubjectPseudonym, ChainHead>();
        var stored = new List<(PendingAppend Pending, ConsentRecord Record)>(batch.Count);
        try
        {
            using var transaction = _store.BeginWrite();
            var checkpoint = transaction.ReadCheckpoint() is { } bytes ? LedgerCheckpoint.TryRead(bytes) : null;
            if (checkpoint is null || !checkpoint.IsSealedBy(Key))
            {
                throw new InvalidOperationException("The ledger's checkpoint is missing or was not written with this key; run 'verify' before appending.");
            }

            var frontier = checkpoint.Frontier.Copy();
            foreach (var pending in batch)
            {
                if (!heads.TryGetValue(pending.Subject, out var head))
                {
                    head = transaction.ReadHead(pending.Subject);
                }

                ConsentRecord record;
                try
                {
                    record = ConsentRecord.Create(Key, frontier.Size, pending.Subject, head, pending.Event, recordedAt);
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

            transaction.WriteCheckpoint(new LedgerCheckpoint(frontier, Key.Seal(frontier.Size, frontier.Root())).ToBytes());
            transaction.Commit();
            Interlocked.Increment(ref _transactions);
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Fail(e);
            }

            return;
        }

        foreach (var (pending, record) in stored)
        {
            pending.Succeed(record);
        }
    }
}
