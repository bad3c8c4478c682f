using Npgsql;

namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// A consent ledger in a PostgreSQL database, for many service nodes on one database, with the evidence of every
/// <see cref="ConsentLedger"/>: keyed chains, a Merkle tree over all entries, signed digests and inclusion proofs.
/// Appends from many threads are grouped into one transaction while the previous one commits (group commit), and an
/// append returns only after the transaction that holds it committed (<c>synchronous_commit</c> as the server sets
/// it; PostgreSQL's default survives a crash of the machine). Any number of processes and machines may append at
/// once: every write transaction takes one transaction-scoped advisory lock for the whole ledger before it reads
/// anything, so positions and chains are handed out once. Triggers refuse updates, deletes and truncation of
/// entries. The database remembers the pseudonymization key's fingerprint and refuses another key.
/// </summary>
public sealed class PostgreSqlConsentLedger : ConsentLedger
{
    private PostgreSqlConsentLedger(IConsentLedgerStore store, SubjectPseudonymizer pseudonymizer, TimeProvider? timeProvider, string name)
        : base(store, pseudonymizer, timeProvider, name)
    {
    }

    /// <summary>Opens a ledger in a PostgreSQL database, creating its schema when missing.</summary>
    /// <param name="location">An Npgsql connection string or a <c>postgresql://</c> URI (see <see cref="PostgreSqlLocation"/>).</param>
    /// <param name="pseudonymizer">The pseudonymizer whose key the ledger's pseudonyms were (or will be) made with.</param>
    /// <param name="options">How to open it; the defaults when null.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="FormatException">The location cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The database holds a ledger made with another key or of another format, or no ledger while creation is off.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached.</exception>
    public static PostgreSqlConsentLedger Open(string location, SubjectPseudonymizer pseudonymizer, PostgreSqlConsentLedgerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        options ??= new PostgreSqlConsentLedgerOptions();
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlLocation.ToConnectionString(location));
        var name = $"in database '{builder.Database}' on {builder.Host}";
        var store = PostgreSqlLedgerStore.Open(builder, options.CreateIfMissing, name);
        try
        {
            return new PostgreSqlConsentLedger(store, pseudonymizer, options.TimeProvider, "consent ledger " + name);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
