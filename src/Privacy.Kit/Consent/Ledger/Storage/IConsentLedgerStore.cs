namespace Privacy.Kit.Consent;

/// <summary>
/// Where a <see cref="ConsentLedger"/> keeps its rows: SQLite, PostgreSQL, memory. A store only stores and reads;
/// the ledger builds the entries, links the keyed chains, keeps the Merkle tree, signs and verifies. What a store
/// must guarantee is in <c>docs/consent-ledger-storage.md</c>: entries are never changed or deleted, a write
/// transaction excludes every other writer of the same ledger (every process and machine), rows come back exactly
/// as written, and a committed transaction survives what the store promises (a process crash at least).
/// </summary>
public interface IConsentLedgerStore : IDisposable
{
    /// <summary>
    /// Starts the only write transaction of the ledger: it returns once no other writer (thread, process or
    /// machine) holds one, and everything read inside it is current. <see cref="ConsentLedger"/> calls it from one
    /// thread at a time and groups concurrent appends into one transaction.
    /// </summary>
    /// <returns>The transaction; disposing it without <see cref="ILedgerWriteTransaction.Commit"/> stores nothing.</returns>
    ILedgerWriteTransaction BeginWrite();

    /// <summary>A person's rows in sequence order, as stored; empty for an unknown person.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="includeDecisions">False to leave out decisions: rows whose kind column is <c>contact-decision</c> and whose payload holds <c>"kind":"contact-decision"</c> (both, so that an edited column hides nothing).</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<StoredEntry> ReadSubject(SubjectPseudonym subject, bool includeDecisions);

    /// <summary>A consistent read of the whole ledger (one snapshot even while others append), for verification, digests and proofs.</summary>
    /// <returns>The snapshot.</returns>
    ILedgerSnapshot OpenSnapshot();
}
