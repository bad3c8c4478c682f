using System.Globalization;
using Microsoft.Data.Sqlite;
using static Privacy.Kit.Consent.Sqlite.SqliteCommands;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// Opening the file: the connection string, the journal and durability settings, the schema, and the claims the
/// file makes about itself (its format and the pseudonymization key's fingerprint), checked on every open.
/// </summary>
internal static class SqliteLedgerFile
{
    public static string ConnectionString(string path, SqliteConsentLedgerOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),

        // The ledger keeps its own connections open; SQLite's pool would hold the file after Dispose.
        Pooling = false,
    }.ToString();

    /// <summary>Opens the writer connection, creates the schema when missing and checks the file's claims.</summary>
    public static SqliteConnection OpenWriter(string path, string connectionString, SubjectPseudonymizer pseudonymizer, SqliteConsentLedgerOptions options)
    {
        var writer = Connect(connectionString, (int)options.BusyTimeout.TotalMilliseconds);
        try
        {
            Execute(writer, "PRAGMA journal_mode = WAL;");
            Execute(writer, options.Durability == SqliteDurability.PowerLoss ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");

            // 64 MB of page cache for the writer: appends land all over the subject index of a large ledger.
            Execute(writer, "PRAGMA cache_size = -65536;");
            using (var transaction = writer.BeginTransaction())
            {
                Execute(writer, SqliteLedgerSchema.Create);
                Claim(writer, path, "format", SqliteLedgerSchema.FormatVersion, "is a consent ledger of format {0}; this version reads format {1}");
                Claim(writer, path, "key-fingerprint", pseudonymizer.KeyFingerprint,
                    "was created with another pseudonymization key (fingerprint {0}, not {1}); open it with the key it was created with");
                transaction.Commit();
            }

            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    private static void Claim(SqliteConnection connection, string path, string key, string value, string mismatch)
    {
        using var read = Command(connection, "SELECT value FROM ledger_info WHERE key = $key", ("$key", key));
        if (read.ExecuteScalar() is string stored)
        {
            if (!string.Equals(stored, value, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The consent ledger '{path}' " + string.Format(CultureInfo.InvariantCulture, mismatch, stored, value) + ".");
            }

            return;
        }

        using var insert = Command(connection, "INSERT INTO ledger_info (key, value) VALUES ($key, $value)", ("$key", key), ("$value", value));
        insert.ExecuteNonQuery();
    }
}
