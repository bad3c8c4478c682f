using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>
/// Acknowledged appends to a SQLite ledger: one writer, and eight writers sharing the group commit. The baseline is
/// the floor on this machine: one 450-byte row committed per transaction with the same journal and sync settings.
/// </summary>
[MemoryDiagnoser]
public class SqliteAppendBenchmarks
{
    private const int Writers = 8;
    private const int PerWriter = 50;

    private string _folder = "";
    private SqliteConsentLedger _ledger = null!;
    private SubjectPseudonym[] _subjects = [];
    private ConsentEvent _event = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawInsert = null!;

    [Params(SqliteDurability.ProcessCrash, SqliteDurability.PowerLoss)]
    public SqliteDurability Durability { get; set; }

    [GlobalSetup]
    public void Setup()
    {

        _folder = Directory.CreateTempSubdirectory("privacy-kit-bench-append-").FullName;
        var pseudonymizer = ConsentBenchmarkData.Pseudonymizer();
        _ledger = SqliteConsentLedger.Open(Path.Combine(_folder, "consent.db"), pseudonymizer, new SqliteConsentLedgerOptions { Durability = Durability });
        _subjects = Enumerable.Range(0, Writers).Select(n => pseudonymizer.Pseudonymize(ConsentBenchmarkData.Subject(n))).ToArray();
        _event = ConsentBenchmarkData.History(0).Last();
        _raw = new SqliteConnection($"Data Source={Path.Combine(_folder, "raw.db")};Pooling=False");
        _raw.Open();
        using (var setup = _raw.CreateCommand())
        {
            setup.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {(Durability == SqliteDurability.PowerLoss ? "FULL" : "NORMAL")}; CREATE TABLE rows (payload BLOB NOT NULL);";
            setup.ExecuteNonQuery();
        }

        _rawInsert = _raw.CreateCommand();
        _rawInsert.CommandText = "INSERT INTO rows (payload) VALUES ($payload)";
        _rawInsert.Parameters.AddWithValue("$payload", new byte[450]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        _rawInsert.Dispose();
        _raw.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void Raw_sqlite_commit_one_row()
    {
        using var transaction = _raw.BeginTransaction();
        _rawInsert.Transaction = transaction;
        _rawInsert.ExecuteNonQuery();
        transaction.Commit();
    }

    [Benchmark]
    public ConsentRecord Append_one_writer() => _ledger.Append(_subjects[0], _event);

    [Benchmark(OperationsPerInvoke = Writers * PerWriter)]
    public void Append_eight_writers()
    {
        // Dedicated threads: the thread pool starts with one thread per core, so "eight writers" there would be two.
        var threads = new Thread[Writers];
        for (var w = 0; w < Writers; w++)
        {
            var subject = _subjects[w];
            threads[w] = new Thread(() =>
            {
                for (var i = 0; i < PerWriter; i++)
                {
                    _ledger.Append(subject, _event);
                }
            });
            threads[w].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}
