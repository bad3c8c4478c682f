using Microsoft.Data.Sqlite;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Cli.Consent;

/// <summary>
/// <c>consent migrate --db OLD --output NEW</c>: copies a format 1 ledger (unkeyed chains) into a new format 2 file.
/// The old chains are verified first and the migration refused when any is broken, so tampered history is never
/// sealed into the new format; the old file is only read.
/// </summary>
internal static class MigrateCommand
{
    public static int Run(string database, string target, TimeProvider clock, TextWriter output)
    {
        if (!File.Exists(database))
        {
            throw new ConsentUsageException($"the consent ledger '{database}' does not exist.");
        }

        if (File.Exists(target))
        {
            throw new ConsentUsageException($"--output: '{target}' exists; migrate into a new file.");
        }

        using var pseudonymizer = ConsentKey.Resolve(database, mayCreate: false);
        var records = ReadFormat1(database);
        var broken = records.GroupBy(r => r.Subject).Select(chain => ConsentChain.Verify(chain.Key, [.. chain])).FirstOrDefault(v => !v.IsIntact);
        if (broken is not null)
        {
            output.WriteLine($"broken: subject {broken.Subject} at entry {broken.BrokenAt}: {broken.Problem}");
            output.WriteLine("BROKEN: the old ledger does not verify; nothing was migrated");
            return ExitCodes.Finding;
        }

        var ordered = records.OrderBy(r => r.RecordedAt).ThenBy(r => r.Subject.ToString(), StringComparer.Ordinal).ThenBy(r => r.Sequence).ToList();
        if (File.Exists(database + ".key"))
        {
            File.Copy(database + ".key", target + ".key", overwrite: false);
        }

        using (var ledger = SqliteConsentLedger.Open(target, pseudonymizer, new SqliteConsentLedgerOptions { TimeProvider = clock }))
        {
            ledger.Import(ordered);
        }

        output.WriteLine($"migrated {ordered.Count} entries of {records.Select(r => r.Subject).Distinct().Count()} subjects to '{target}' (format {ConsentLedger.FormatVersion})");
        return ExitCodes.Ok;
    }

    private static List<ConsentRecord> ReadFormat1(string database)
    {
        var records = new List<ConsentRecord>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var format = connection.CreateCommand();
        format.CommandText = "SELECT value FROM ledger_info WHERE key = 'format'";
        if (format.ExecuteScalar() as string != "1")
        {
            throw new ConsentUsageException($"'{database}' is not a consent ledger of format 1; only those need migrating.");
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT payload, previous_hash, hash FROM entries ORDER BY subject, sequence";
        using var rows = read.ExecuteReader();
        while (rows.Read())
        {
            if (rows.GetValue(0) is not byte[] payload || rows.GetValue(1) is not byte[] { Length: 32 } previous || rows.GetValue(2) is not byte[] { Length: 32 } hash)
            {
                throw new ConsentLedgerDamagedException($"'{database}' holds an entry that cannot be read; the ledger is damaged, nothing was migrated.");
            }

            try
            {
                records.Add(ConsentRecord.Restore(payload, ConsentHash.FromBytes(previous), ConsentHash.FromBytes(hash)));
            }
            catch (FormatException e)
            {
                throw new ConsentLedgerDamagedException($"'{database}' holds an entry that cannot be read ({e.Message}); the ledger is damaged, nothing was migrated.", e);
            }
        }

        return records;
    }
}
