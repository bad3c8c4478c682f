using Microsoft.Data.Sqlite;
using static Privacy.Kit.Consent.Sqlite.SqliteCommands;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// Opening the file: the connection string, the journal and durability settings, the schema, and the refusal of
/// files this version does not read.
/// </summary>
internal static class SqliteLedgerFile
{
    public static string ConnectionString(string path, SqliteConsentLedgerOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),

        // The ledger keeps its own connections open; SQLite's pool would hold the file after Dispose.
        Pooling = false,
    }.ToString();

    /// <summary>Opens the writer connection (none for a read-only ledger) and creates the schema when missing.</summary>
    public static SqliteConnection? OpenWriter(string path, string connectionString, SqliteConsentLedgerOptions options)
    {
        var connection = Connect(connectionString, (int)options.BusyTimeout.TotalMilliseconds);
        try
        {
            using (var old = Command(connection, SqliteLedgerSchema.IsFormat1))
            {
                if (old.ExecuteScalar() is long and not 0)
                {
                    throw new InvalidOperationException(
                        $"The consent ledger '{path}' is a consent ledger of format 1 (unkeyed chains that whoever holds the file can rewrite); this version reads format {ConsentLedger.FormatVersion}. "
                        + $"Migrate it with 'privacy-kit consent migrate --db {path} --output NEW' and use the new file.");
                }
            }

            if (options.ReadOnly)
            {
                connection.Dispose();
                return null;
            }

            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, options.Durability == SqliteDurability.PowerLoss ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");

            // 64 MB of page cache for the writer: appends land all over the subject index of a large ledger.
            Execute(connection, "PRAGMA cache_size = -65536;");
            Execute(connection, SqliteLedgerSchema.Create);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
