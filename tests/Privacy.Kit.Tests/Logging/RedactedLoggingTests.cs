using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Privacy.Kit.Tests.Logging;

public class RedactedLoggingTests
{
    private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static (ILogger Logger, FakeLogCollector Sink) CreateLogger(Action<IRedactionBuilder> redaction)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.EnableRedaction().AddFakeLogging());
        services.AddRedaction(redaction);
        ServiceProvider provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<ILogger<RedactedLoggingTests>>(), provider.GetFakeLogCollector());
    }

    [Fact]
    public void Classified_parameters_reach_the_sink_masked()
    {
        (ILogger logger, FakeLogCollector sink) = CreateLogger(r => r.AddPrivacyKit());

        CustomerLog.CustomerCalled(logger, "jan.devries@acme-bouw.nl", "+31 6 12345678");

        FakeLogRecord record = sink.LatestRecord;
        Assert.Equal("j***@***.nl", record.GetStructuredStateValue("email"));
        Assert.Equal("+31***78", record.GetStructuredStateValue("phone"));
        Assert.Equal("Customer j***@***.nl called from +31***78", record.Message);
    }

    [Fact]
    public void Log_properties_object_members_reach_the_sink_masked()
    {
        (ILogger logger, FakeLogCollector sink) = CreateLogger(r => r.AddPrivacyKit());
        var customer = new Customer
        {
            Name = "Jan de Vries",
            Email = "jan@gmail.com",
            Iban = "NL91 ABNA 0417 1643 00",
            LastLoginIp = "192.168.10.42",
            Segment = "retail",
        };

        CustomerLog.CustomerUpdated(logger, customer);

        FakeLogRecord record = sink.LatestRecord;
        Assert.Equal("J.d.V.", record.GetStructuredStateValue("customer.Name"));
        Assert.Equal("j***@gmail.com", record.GetStructuredStateValue("customer.Email"));
        Assert.Equal("NL***4300", record.GetStructuredStateValue("customer.Iban"));
        Assert.Equal("192.168.10.0", record.GetStructuredStateValue("customer.LastLoginIp"));
        Assert.Equal("retail", record.GetStructuredStateValue("customer.Segment"));
        Assert.DoesNotContain(record.StructuredState!, pair => pair.Value is { } value && value.Contains("Vries", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_personal_data_is_pseudonymized_when_a_key_is_configured()
    {
        (ILogger logger, FakeLogCollector sink) = CreateLogger(r => r.AddPrivacyKit(o => o.PseudonymizationKey = Key));

        CustomerLog.PaymentTaken(logger, "4111 1111 1111 1111", "customer-4711");
        string first = sink.LatestRecord.GetStructuredStateValue("customerId")!;
        CustomerLog.PaymentTaken(logger, "4111 1111 1111 1111", "customer-4711");

        Assert.StartsWith("k1:", first, StringComparison.Ordinal);
        Assert.Equal(first, sink.LatestRecord.GetStructuredStateValue("customerId"));
        Assert.Equal("***1111", sink.LatestRecord.GetStructuredStateValue("card"));
    }

    [Fact]
    public void Special_category_data_is_erased()
    {
        (ILogger logger, FakeLogCollector sink) = CreateLogger(r => r.AddPrivacyKit());

        CustomerLog.DiagnosisRecorded(logger, "diabetes type 2");

        Assert.Equal(string.Empty, sink.LatestRecord.GetStructuredStateValue("diagnosis"));
    }

    [Fact]
    public void Pass_through_fallback_never_reaches_privacy_kit_classifications()
    {
        (ILogger logger, FakeLogCollector sink) = CreateLogger(r => r.SetFallbackRedactor<NullRedactor>().AddPrivacyKit());

        CustomerLog.DiagnosisRecorded(logger, "diabetes type 2");
        CustomerLog.CustomerCalled(logger, "jan@gmail.com", "0612345678");

        Assert.Equal("Customer j***@gmail.com called from ***78", sink.LatestRecord.Message);
        Assert.DoesNotContain(sink.GetSnapshot(), record => record.Message.Contains("diabetes", StringComparison.Ordinal));
    }
}
