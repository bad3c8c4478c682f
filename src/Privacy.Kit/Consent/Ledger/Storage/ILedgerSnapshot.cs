namespace Privacy.Kit.Consent;

/// <summary>A consistent read of a whole ledger: the checkpoint and every row as of the same moment.</summary>
public interface ILedgerSnapshot : IDisposable
{
    /// <summary>The checkpoint blob as of this snapshot; null when none was stored.</summary>
    /// <returns>The bytes.</returns>
    byte[]? ReadCheckpoint();

    /// <summary>A value the ledger keeps about itself, as of this snapshot; null when absent.</summary>
    /// <param name="key">The name.</param>
    /// <returns>The value.</returns>
    string? ReadInfo(string key);

    /// <summary>Every row in position order, read lazily; rows that cannot be read come back with <see cref="StoredEntry.Problem"/> set, never as an exception.</summary>
    /// <returns>The rows.</returns>
    IEnumerable<StoredEntry> ReadAll();

    /// <summary>
    /// The rows whose position is <paramref name="position"/> or later, in position order, read lazily (one indexed
    /// range read): what was appended since an earlier read, so that a proof reads only what is new. Rows that
    /// cannot be read come back with <see cref="StoredEntry.Problem"/> set, never as an exception.
    /// </summary>
    /// <param name="position">The first position to read.</param>
    /// <returns>The rows.</returns>
    IEnumerable<StoredEntry> ReadFrom(long position);
}
