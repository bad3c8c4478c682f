using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;
using Privacy.Kit.Redaction;

namespace Privacy.Kit.Benchmarks.Redaction;

/// <summary>Privacy.Kit's pseudonymizer against Microsoft's HmacRedactor and ErasingRedactor on the same inputs.</summary>
[MemoryDiagnoser]
public class PseudonymizerBenchmarks
{
    private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private readonly char[] _destination = new char[64];
    private Redactor _hmac = ErasingRedactor.Instance;
    private Redactor _pseudonymizer = ErasingRedactor.Instance;

    [Params("customer-4711:customerId", "jan.devries@acme-bouw.nl:email", "Klant belt over de factuur van maart en wil een betalingsregeling:note")]
    public string Value { get; set; } = string.Empty;

    [GlobalSetup]
    [SuppressMessage("Usage", "EXTEXP0002", Justification = "The experimental HmacRedactor is the baseline being measured.")]
    public void Setup()
    {
        _hmac = new HmacRedactor(Options.Create(new HmacRedactorOptions { KeyId = 1, Key = Key }));
        _pseudonymizer = new PseudonymizingRedactor("k1", Convert.FromBase64String(Key));
    }

    [Benchmark]
    public int Erasing_span() => ErasingRedactor.Instance.Redact(Value.AsSpan(), _destination);

    [Benchmark(Baseline = true)]
    public int Microsoft_hmac_span() => _hmac.Redact(Value.AsSpan(), _destination);

    [Benchmark]
    public int Pseudonymizer_span() => _pseudonymizer.Redact(Value.AsSpan(), _destination);

    [Benchmark]
    public string Microsoft_hmac_string() => _hmac.Redact(Value);

    [Benchmark]
    public string Pseudonymizer_string() => _pseudonymizer.Redact(Value);
}
