using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK1001: personal data written to a log (<c>ILogger</c>, <c>LoggerMessage</c>, <c>Console</c>, <c>Debug</c>, <c>Trace</c>, configured sinks).</summary>
public sealed class PersonalDataInLogAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInLog);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        privacy.RegisterSinkAction<IInvocationOperation>(
            context,
            OperationKind.Invocation,
            invocation => privacy.SinksOf(invocation).Log,
            (operation, sink) => Report(operation, privacy, sink));
        if (privacy.Known.Log4NetContextProperties is not null)
        {
            // log4net's context properties: ThreadContext.Properties["Email"] = ...
            privacy.RegisterSinkAction<ISimpleAssignmentOperation>(
                context, OperationKind.SimpleAssignment, assignment => LogSinks.Find(assignment, privacy.Known), (operation, sink) => Report(operation, privacy, sink));
        }
    }

    private static void Report(OperationAnalysisContext operation, PrivacyCompilation privacy, SinkCall sink) =>
        LeakReporter.ReportValues(operation, privacy, privacy.FlowAt(operation.Operation), sink, DiagnosticDescriptors.PersonalDataInLog,
            origin => [origin.Display, origin.Kind, sink.Name]);
}
