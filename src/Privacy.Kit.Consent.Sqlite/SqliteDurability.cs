namespace Privacy.Kit.Consent.Sqlite;

/// <summary>What an acknowledged append must survive.</summary>
public enum SqliteDurability
{
    /// <summary>
    /// A power cut or operating-system crash: every commit is flushed to disk before the append returns
    /// (SQLite <c>synchronous=FULL</c>). The default.
    /// </summary>
    PowerLoss,

    /// <summary>
    /// A crash or kill of the process: every commit is in the write-ahead log (in the operating system's cache)
    /// before the append returns, without waiting for the disk (SQLite WAL with <c>synchronous=NORMAL</c>).
    /// Faster; a power cut can lose the last commits.
    /// </summary>
    ProcessCrash,
}
