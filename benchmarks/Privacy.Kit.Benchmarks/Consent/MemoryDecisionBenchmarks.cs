using BenchmarkDotNet.Attributes;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>Contact decisions from an in-memory ledger of 100,000 subjects; the baseline only pseudonymizes the subjects.</summary>
[MemoryDiagnoser]
public class MemoryDecisionBenchmarks
{
    private const int Subjects = 100_000;
    private const int Batch = 1_000;

    private ContactRequest[] _requests = [];
    private ConsentService _service = null!;
    private SubjectPseudonymizer _pseudonymizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pseudonymizer = ConsentBenchmarkData.Pseudonymizer();
        var ledger = new InMemoryConsentLedger();
        _service = new ConsentService(ledger, _pseudonymizer);
        for (var n = 0; n < Subjects; n++)
        {
            foreach (var e in ConsentBenchmarkData.History(n))
            {
                _service.Record(ConsentBenchmarkData.Subject(n), e);
            }
        }

        _requests = ConsentBenchmarkData.Requests(Batch, Subjects);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int Pseudonymize_only()
    {
        var sum = 0;
        foreach (var request in _requests)
        {
            sum += _pseudonymizer.Pseudonymize(request.Subject).GetHashCode();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Decide_from_memory()
    {
        var allowed = 0;
        foreach (var request in _requests)
        {
            allowed += _service.Evaluate(request).Allowed ? 1 : 0;
        }

        return allowed;
    }
}
