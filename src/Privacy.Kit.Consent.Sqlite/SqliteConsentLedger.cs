namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// A consent ledger in one SQLite file (write-ahead log), with the evidence of every <see cref="ConsentLedger"/>:
/// keyed chains, a Merkle tree over all entries, signed digests and inclusion proofs. Appends from many threads
/// are grouped into one transaction each time the writer is free (group commit), and an append returns only after
/// the transaction that holds it committed: an acknowledged append survives a crash of the process (and, with the
/// default <see cref="SqliteDurability.PowerLoss"/>, of the machine). Several processes may append to the same
/// file: each transaction takes SQLite's write lock first and reads the chain heads inside it. The file remembers
/// the pseudonymization key's fingerprint and refuses another key, and refuses files of format 1.
/// </summary>
public sealed class SqliteConsentLedger : ConsentLedger
{
    private SqliteConsentLedger(IConsentLedgerStore store, SubjectPseudonymizer pseudonymizer, TimeProvider? timeProvider, string path)
        : base(store, pseudonymizer, timeProvider, path)
    {
    }

    /// <summary>Opens (or creates) a ledger file.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="pseudonymizer">The pseudonymizer whose key the ledger's pseudonyms were (or will be) made with.</param>
    /// <param name="options">How to open it; the defaults when null.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist and <see cref="SqliteConsentLedgerOptions.CreateIfMissing"/> is false.</exception>
    /// <exception cref="InvalidOperationException">The file was created with another key, or is not a consent ledger of a known format.</exception>
    public static SqliteConsentLedger Open(string path, SubjectPseudonymizer pseudonymizer, SqliteConsentLedgerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        options ??= new SqliteConsentLedgerOptions();
        if ((options.ReadOnly || !options.CreateIfMissing) && !File.Exists(path))
        {
            throw new FileNotFoundException($"The consent ledger '{path}' does not exist.", path);
        }

        var connectionString = SqliteLedgerFile.ConnectionString(path, options);
        var store = new SqliteLedgerStore(connectionString, SqliteLedgerFile.OpenWriter(path, connectionString, options));
        try
        {
            return new SqliteConsentLedger(store, pseudonymizer, options.TimeProvider, path);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
