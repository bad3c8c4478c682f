namespace Privacy.Kit.Consent;

/// <summary>One write transaction of an <see cref="IConsentLedgerStore"/>: nothing it writes is visible or durable before <see cref="Commit"/>.</summary>
public interface ILedgerWriteTransaction : IDisposable
{
    /// <summary>A value the ledger keeps about itself (its format, the key fingerprint, its id); null when absent.</summary>
    /// <param name="key">The name.</param>
    /// <returns>The value.</returns>
    string? ReadInfo(string key);

    /// <summary>Stores a value the ledger keeps about itself; only for names that are absent.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The value.</param>
    void WriteInfo(string key, string value);

    /// <summary>The checkpoint blob the last commit stored; null for a new ledger.</summary>
    /// <returns>The bytes as written by <see cref="WriteCheckpoint"/>.</returns>
    byte[]? ReadCheckpoint();

    /// <summary>Replaces the checkpoint blob: the ledger writes it once per transaction, after the entries.</summary>
    /// <param name="checkpoint">The bytes to store as they are.</param>
    void WriteCheckpoint(byte[] checkpoint);

    /// <summary>The end of a person's chain as stored (the row with the highest sequence), including rows inserted earlier in this transaction.</summary>
    /// <param name="subject">The person.</param>
    /// <returns>The head; <see cref="ChainHead.None"/> for an unknown person.</returns>
    ChainHead ReadHead(SubjectPseudonym subject);

    /// <summary>Stores a row. Positions come in increasing order without gaps; a position or (subject, sequence) stored twice must fail.</summary>
    /// <param name="entry">The row.</param>
    void Insert(StoredEntry entry);

    /// <summary>Makes everything written durable and visible, atomically; returns only once it is.</summary>
    void Commit();
}
