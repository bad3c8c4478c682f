using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK1006: personal data written to telemetry that leaves for an APM vendor: OpenTelemetry activities and metrics,
/// Application Insights, Sentry.
/// </summary>
public sealed class PersonalDataToTelemetryAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataToTelemetry);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        if (!TelemetrySinks.AnyReferenced(privacy.Known))
        {
            return;
        }

        privacy.RegisterSinkAction<IInvocationOperation>(
            context, OperationKind.Invocation, invocation => privacy.SinksOf(invocation).Telemetry, (operation, sink) => Report(operation, privacy, sink));
        privacy.RegisterSinkAction<ISimpleAssignmentOperation>(
            context, OperationKind.SimpleAssignment, assignment => TelemetrySinks.Find(assignment, privacy.Known), (operation, sink) => Report(operation, privacy, sink));
    }

    private static void Report(OperationAnalysisContext operation, PrivacyCompilation privacy, SinkCall sink) =>
        LeakReporter.ReportValues(operation, privacy, privacy.FlowAt(operation.Operation), sink, DiagnosticDescriptors.PersonalDataToTelemetry,
            origin => [origin.Display, origin.Kind, sink.Name]);
}
