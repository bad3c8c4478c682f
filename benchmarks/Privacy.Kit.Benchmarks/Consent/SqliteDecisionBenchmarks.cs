using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>
/// One contact decision for a subject among 1,000,000 in a SQLite ledger. The ledger is generated once in the
/// temporary folder (minutes on a loaded machine) and reused by later runs; the job allows for that setup.
/// Run it without <c>--job</c> and <c>--inProcess</c>: its own configuration is a short in-process job.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongSetupConfig))]
public class SqliteDecisionBenchmarks
{
    private const int Subjects = 1_000_000;
    private const int Batch = 100;

    private SqliteConsentLedger _ledger = null!;
    private ConsentService _service = null!;
    private ContactRequest[] _requests = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), "privacy-kit-bench-1m-subjects.db");
        var complete = path + ".complete";
        var pseudonymizer = ConsentBenchmarkData.Pseudonymizer();
        if (!File.Exists(complete))
        {
            foreach (var stale in new[] { path, path + "-wal", path + "-shm", path + ".complete" })
            {
                File.Delete(stale);
            }

            using var builder = SqliteConsentLedger.Open(path, pseudonymizer, new SqliteConsentLedgerOptions { Durability = SqliteDurability.ProcessCrash });
            var batch = new List<(SubjectPseudonym, ConsentEvent)>(100_000);
            for (var n = 0; n < Subjects; n++)
            {
                var subject = pseudonymizer.Pseudonymize(ConsentBenchmarkData.Subject(n));
                foreach (var e in ConsentBenchmarkData.History(n))
                {
                    batch.Add((subject, e));
                }

                if (batch.Count >= 100_000 || n == Subjects - 1)
                {
                    builder.AppendBatch(batch);
                    batch.Clear();
                }
            }

            File.WriteAllText(complete, Subjects.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _ledger = SqliteConsentLedger.Open(path, pseudonymizer, new SqliteConsentLedgerOptions { Durability = SqliteDurability.ProcessCrash });
        _service = new ConsentService(_ledger, pseudonymizer);
        _requests = ConsentBenchmarkData.Requests(Batch * 100, Subjects);
    }

    [GlobalCleanup]
    public void Cleanup() => _ledger.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int Evaluate_without_evidence()
    {
        var allowed = 0;
        for (var i = 0; i < Batch; i++)
        {
            allowed += _service.Evaluate(NextRequest()).Allowed ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Decide_and_store_evidence()
    {
        var allowed = 0;
        for (var i = 0; i < Batch; i++)
        {
            allowed += _service.Decide(NextRequest()).Allowed ? 1 : 0;
        }

        return allowed;
    }

    private ContactRequest NextRequest() => _requests[_next++ % _requests.Length];

    private sealed class LongSetupConfig : ManualConfig
    {
        public LongSetupConfig() => AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true)));
    }
}
