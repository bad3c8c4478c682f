namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>How a <see cref="PostgreSqlConsentLedger"/> is opened.</summary>
public sealed record PostgreSqlConsentLedgerOptions
{
    /// <summary>Whether to create the schema <c>privacy_kit</c> and its tables when they are missing. True by default.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The most appends one group commit stores in one transaction. 512 by default.</summary>
    public int MaxBatch { get; init; } = 512;

    /// <summary>The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
