namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>How a <see cref="PostgreSqlConsentLedger"/> is opened.</summary>
public sealed record PostgreSqlConsentLedgerOptions
{
    /// <summary>Whether to create the schema <c>privacy_kit</c> and its tables when they are missing. True by default.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
