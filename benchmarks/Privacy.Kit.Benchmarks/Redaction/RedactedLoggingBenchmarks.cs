using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Benchmarks.Redaction;

/// <summary>
/// The same [LoggerMessage] call with Privacy.Kit's masking phone redactor, with Microsoft's erasing redactor, and with
/// a redactor that writes three constant characters (what any non-empty output costs in Microsoft's logger).
/// </summary>
[MemoryDiagnoser]
public class RedactedLoggingBenchmarks
{
    private ServiceProvider? _masking;
    private ServiceProvider? _erasing;
    private ServiceProvider? _constant;
    private ILogger _maskingLogger = null!;
    private ILogger _erasingLogger = null!;
    private ILogger _constantLogger = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_masking, _maskingLogger) = Create(redaction => redaction.AddPrivacyKit());
        (_erasing, _erasingLogger) = Create(redaction => redaction.SetRedactor<ErasingRedactor>(PrivacyTaxonomy.PhoneNumber));
        (_constant, _constantLogger) = Create(redaction =>
        {
            redaction.Services.AddSingleton<Redactor, ConstantRedactor>();
            redaction.SetRedactor<ConstantRedactor>(PrivacyTaxonomy.PhoneNumber);
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _masking?.Dispose();
        _erasing?.Dispose();
        _constant?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void Log_with_erasing_redactor() => BenchmarkLog.CustomerCalled(_erasingLogger, "+31 6 12345678");

    [Benchmark]
    public void Log_with_constant_redactor() => BenchmarkLog.CustomerCalled(_constantLogger, "+31 6 12345678");

    [Benchmark]
    public void Log_with_masking_redactor() => BenchmarkLog.CustomerCalled(_maskingLogger, "+31 6 12345678");

    /// <summary>A logger that redacts with what <paramref name="redaction"/> configures and writes to a sink reading every tag.</summary>
    internal static (ServiceProvider Provider, ILogger Logger) Create(Action<IRedactionBuilder> redaction)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders().EnableRedaction().AddProvider(new StateReadingLoggerProvider()));
        services.AddRedaction(redaction);
        ServiceProvider provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<ILoggerFactory>().CreateLogger("Benchmark"));
    }
}
