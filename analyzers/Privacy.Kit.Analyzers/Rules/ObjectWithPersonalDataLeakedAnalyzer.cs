using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK1004: an object holding personal data logged, sent to a vendor or telemetry, or thrown, whole.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObjectWithPersonalDataLeakedAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ObjectWithPersonalDataLeaked);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy) =>
        privacy.RegisterFlowActions(context, (block, flow) =>
        {
            block.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if ((LogSinks.Find(invocation, flow.Classifier, privacy) ?? VendorSinks.Find(invocation, flow.Classifier) ?? TelemetrySinks.Find(invocation, privacy.Known)) is { } sink)
                    {
                        LeakReporter.ReportWholeObjects(operation, privacy, flow, sink);
                    }
                },
                OperationKind.Invocation);
            block.RegisterOperationAction(
                operation =>
                {
                    // A rethrow (throw;) has no operand; an exception type holding personal data leaks it wherever it is caught and logged.
                    if (operation.Operation is IThrowOperation { Exception: { } thrown })
                    {
                        var sink = new SinkCall(SinkKind.Exception, "throw", "an exception", [thrown], serializes: true);
                        LeakReporter.ReportWholeObjects(operation, privacy, flow, sink);
                    }
                },
                OperationKind.Throw);
        });
}
