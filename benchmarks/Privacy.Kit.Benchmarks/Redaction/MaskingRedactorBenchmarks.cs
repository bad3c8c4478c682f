using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Redaction;

namespace Privacy.Kit.Benchmarks.Redaction;

/// <summary>Every Privacy.Kit masking redactor on a realistic value, span and string API, against Microsoft's erasing redactor.</summary>
[MemoryDiagnoser]
public class MaskingRedactorBenchmarks
{
    private readonly char[] _destination = new char[MaskingRedactor.MaxMaskedLength];
    private Redactor _redactor = ErasingRedactor.Instance;
    private string _value = string.Empty;

    /// <summary>The kind and the value the logger hands over (with its ":tag" discriminator).</summary>
    [Params(
        "PersonName|Jan de Vries:name",
        "EmailAddress|jan.devries@acme-bouw.nl:email",
        "PhoneNumber|+31 6 12345678:phone",
        "BankAccount|NL91 ABNA 0417 1643 00:iban",
        "PaymentCard|4111 1111 1111 1111:card",
        "NationalId|123456782:bsn",
        "DateOfBirth|1980-04-23:dateOfBirth",
        "PostalAddress|Kerkstraat 12, 1234 AB Amsterdam:address",
        "IpAddress|2001:db8:85a3:8d3:1319:8a2e:370:7348:clientIp")]
    public string Case { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Case.Split('|');
        _redactor = PrivacyKitRedactors.Default.For(Enum.Parse<PersonalDataKind>(parts[0]));
        _value = parts[1];
    }

    [Benchmark(Baseline = true)]
    public int Erasing_span() => ErasingRedactor.Instance.Redact(_value.AsSpan(), _destination);

    [Benchmark]
    public int Masking_span() => _redactor.Redact(_value.AsSpan(), _destination);

    [Benchmark]
    public int Masking_length_then_span() => _redactor.GetRedactedLength(_value) + _redactor.Redact(_value.AsSpan(), _destination);

    [Benchmark]
    public string Masking_string() => _redactor.Redact(_value);
}
