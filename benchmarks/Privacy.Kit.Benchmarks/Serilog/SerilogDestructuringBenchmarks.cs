using BenchmarkDotNet.Attributes;
using Serilog;
using Serilog.Core;

namespace Privacy.Kit.Benchmarks.Serilog;

/// <summary><c>{@Customer}</c> through plain Serilog destructuring and through <c>.Destructure.WithPrivacyKit()</c>.</summary>
[MemoryDiagnoser]
public class SerilogDestructuringBenchmarks
{
    private static readonly SerilogCustomer Customer = new()
    {
        Id = 4711, Name = "Jan de Vries", Email = "jan@acme-bouw.nl", Phone = "+31 6 12345678", Segment = "retail",
    };

    private Logger _plain = null!;
    private Logger _privacyKit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plain = new LoggerConfiguration().WriteTo.Sink(new DiscardingSink()).CreateLogger();
        _privacyKit = new LoggerConfiguration().Destructure.WithPrivacyKit().WriteTo.Sink(new DiscardingSink()).CreateLogger();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _privacyKit.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void Plain_serilog_destructuring() => _plain.Information("Customer updated {@Customer}", Customer);

    [Benchmark]
    public void Privacy_kit_destructuring() => _privacyKit.Information("Customer updated {@Customer}", Customer);

    [Benchmark]
    public void Privacy_kit_scalar_property_by_name() => _privacyKit.Information("Call from {CallerPhone}", "+31 6 12345678");

    [Benchmark]
    public void Plain_serilog_scalar_property() => _plain.Information("Call from {CallerPhone}", "+31 6 12345678");
}
