using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>
/// Auditing a contact center's call list: 1,000,000 CSV rows (10,000 subjects) checked against a SQLite ledger with
/// <see cref="CallAudit"/> (one read of the ledger, then a decision per row: split, time, subject, rules), against the
/// baseline of what <c>consent check</c> does per row (<see cref="ConsentService.Decide"/> on the open ledger: read the
/// subject's history, decide, append the decision), without the process start that a real per-row <c>check</c> adds.
/// Set PRIVACY_KIT_AUDIT_BENCH to a folder to keep the ledger and CSV there for timing the command line.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AuditBenchmarks
{
    private const int Subjects = 10_000;
    private const int Rows = 1_000_000;
    private const int CheckedRows = 500;

    private string _folder = "";
    private bool _keep;
    private string[] _lines = [];
    private SqliteConsentLedger _ledger = null!;
    private SubjectPseudonymizer _pseudonymizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _keep = Environment.GetEnvironmentVariable("PRIVACY_KIT_AUDIT_BENCH") is { Length: > 0 };
        _folder = _keep ? Directory.CreateDirectory(Environment.GetEnvironmentVariable("PRIVACY_KIT_AUDIT_BENCH")!).FullName
            : Directory.CreateTempSubdirectory("privacy-kit-bench-audit-").FullName;
        _pseudonymizer = ConsentBenchmarkData.Pseudonymizer();
        var database = Path.Combine(_folder, "consent.db");
        File.Delete(database);
        _ledger = SqliteConsentLedger.Open(database, _pseudonymizer, new SqliteConsentLedgerOptions { Durability = SqliteDurability.ProcessCrash });
        var events = new List<(SubjectPseudonym, ConsentEvent)>();
        for (var n = 0; n < Subjects; n++)
        {
            var subject = _pseudonymizer.Pseudonymize(ConsentBenchmarkData.Subject(n));
            events.AddRange(ConsentBenchmarkData.History(n).Select(e => (subject, e)));
        }

        _ledger.AppendBatch(events);
        var random = new Random(20261201);
        _lines = new string[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var at = ConsentBenchmarkData.CallMoment.AddMinutes(random.Next(480) - 120);
            _lines[i] = string.Create(CultureInfo.InvariantCulture, $"{at:yyyy-MM-ddTHH:mm:sszzz},06-{10_000_000 + random.Next(Subjects)},{ConsentBenchmarkData.Entity}");
        }

        if (_keep)
        {
            File.WriteAllLines(Path.Combine(_folder, "calls.csv"), ["time,subject,legal_entity", .. _lines]);
            File.WriteAllText(Path.Combine(_folder, "key.base64"), Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray()));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        if (!_keep)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CheckedRows)]
    public int Decide_and_record_per_row()
    {
        var service = new ConsentService(_ledger, _pseudonymizer);
        var allowed = 0;
        for (var i = 0; i < CheckedRows; i++)
        {
            allowed += service.Decide(Request(_lines[i])).Allowed ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int Audit_per_row()
    {
        var audit = new CallAudit(_ledger, _pseudonymizer);
        var allowed = 0;
        foreach (var line in _lines)
        {
            allowed += audit.Decide(Request(line)).Allowed ? 1 : 0;
        }

        return allowed;
    }

    private static ContactRequest Request(string line)
    {
        var fields = line.Split(',');
        return new ContactRequest
        {
            At = DateTimeOffset.Parse(fields[0], CultureInfo.InvariantCulture),
            Subject = SubjectId.Parse(fields[1]),
            Purpose = ContactPurpose.DirectMarketing,
            Channel = ContactChannel.Phone,
            Caller = new Caller(fields[2]),
        };
    }
}
