namespace Privacy.Kit.Consent.Sqlite;

/// <summary>How a <see cref="SqliteConsentLedger"/> is opened.</summary>
public sealed record SqliteConsentLedgerOptions
{
    /// <summary>Whether to create the database file when it does not exist. True by default.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>What an acknowledged append must survive; <see cref="SqliteDurability.PowerLoss"/> by default.</summary>
    public SqliteDurability Durability { get; init; } = SqliteDurability.PowerLoss;

    /// <summary>How long to wait for another process that holds the write lock. 30 seconds by default.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether to open the file without writing to it: appends fail, and the file stays byte-identical (for audits
    /// of a ledger someone else runs). False by default.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
