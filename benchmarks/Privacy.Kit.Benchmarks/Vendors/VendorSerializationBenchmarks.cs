using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Benchmarks.Vendors;

/// <summary>Serializing a call record for a vendor (omit and redact by policy) against plain System.Text.Json.</summary>
[MemoryDiagnoser]
public class VendorSerializationBenchmarks
{
    private readonly CallRecordPayload record = new()
    {
        CallId = "call-2026-11-28-000123",
        StartedAt = new DateTimeOffset(2026, 11, 28, 9, 15, 0, TimeSpan.Zero),
        DurationSeconds = 312,
        Queue = "billing",
        Outcome = "resolved",
        Caller = new CallerPayload
        {
            CustomerId = "K-0048213",
            Name = "Jan de Vries",
            Phone = "+31 6 12345678",
            Email = "jan.devries@example.nl",
            Address = "Keizersgracht 123, 1015 CJ Amsterdam",
            DateOfBirth = new DateOnly(1980, 4, 12),
        },
        Notes =
        [
            new CallNotePayload { Text = "Caller asked about the November invoice.", AgentId = "a-17", At = new DateTimeOffset(2026, 11, 28, 9, 16, 0, TimeSpan.Zero) },
            new CallNotePayload { Text = "Promised a callback on Monday.", AgentId = "a-17", At = new DateTimeOffset(2026, 11, 28, 9, 20, 0, TimeSpan.Zero) },
        ],
    };

    private readonly JsonSerializerOptions plain = new();
    private JsonSerializerOptions vendor = null!;

    /// <summary>Builds the vendor options once, as an application does at startup.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var policy = new VendorPolicy { LegalEntity = "Acme CRM B.V.", Role = VendorRole.Processor, Retention = TimeSpan.FromDays(90) };
        policy.Countries.Add("NL");
        var export = new VendorPurposePolicy();
        export.Allow.Add("PersonalData");
        export.Allow.Add("PersonName");
        export.Redact.Add("PhoneNumber");
        policy.Purposes["Export"] = export;
        var options = new VendorSharingOptions();
        options.Vendors["AcmeCrm"] = policy;
        var sharing = new VendorSharing(Options.Create(options), new InMemoryDisclosureLog(), TimeProvider.System, new ErasingRedactorProvider());
        vendor = sharing.CreateSerializerOptions("AcmeCrm", "Export", plain);
        _ = JsonSerializer.SerializeToUtf8Bytes(record, plain);
        _ = JsonSerializer.SerializeToUtf8Bytes(record, vendor);
    }

    /// <summary>Plain System.Text.Json: every property sent.</summary>
    [Benchmark(Baseline = true)]
    public byte[] PlainSystemTextJson() => JsonSerializer.SerializeToUtf8Bytes(record, plain);

    /// <summary>Vendor options: omits what the policy does not allow, redacts the phone number.</summary>
    [Benchmark]
    public byte[] VendorPolicy() => JsonSerializer.SerializeToUtf8Bytes(record, vendor);

    private sealed class ErasingRedactorProvider : IRedactorProvider
    {
        public Redactor GetRedactor(DataClassificationSet classifications) => ErasingRedactor.Instance;
    }
}
