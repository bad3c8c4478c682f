using BenchmarkDotNet.Attributes;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>Acknowledged appends to a SQLite ledger: one writer, and eight writers sharing the group commit.</summary>
public class SqliteAppendBenchmarks
{
    private const int Writers = 8;
    private const int PerWriter = 50;

    private string _folder = "";
    private SqliteConsentLedger _ledger = null!;
    private SubjectPseudonym[] _subjects = [];
    private ConsentEvent _event = null!;

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
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public ConsentRecord Append_one_writer() => _ledger.Append(_subjects[0], _event);

    [Benchmark(OperationsPerInvoke = Writers * PerWriter)]
    public void Append_eight_writers() => Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, w =>
    {
        for (var i = 0; i < PerWriter; i++)
        {
            _ledger.Append(_subjects[w], _event);
        }
    });
}
