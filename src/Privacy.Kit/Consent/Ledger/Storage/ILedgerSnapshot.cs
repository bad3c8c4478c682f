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
}
