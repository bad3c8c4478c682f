using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Tests.Infrastructure;

/// <summary>The real logging and telemetry assemblies the sink tests compile against, from the restored packages.</summary>
internal static class SinkLibraries
{
    public static ImmutableArray<MetadataReference> References { get; } =
    [
        MetadataReference.CreateFromFile(typeof(Serilog.Log).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NLog.LogManager).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(log4net.LogManager).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Sentry.SentrySdk).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.ApplicationInsights.TelemetryClient).Assembly.Location),
    ];
}
