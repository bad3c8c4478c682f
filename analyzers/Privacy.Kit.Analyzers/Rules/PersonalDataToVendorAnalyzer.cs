using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK1002: personal data passed to a <c>[VendorBoundary]</c> or a configured vendor sink.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataToVendorAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataToVendor);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy) =>
        privacy.RegisterFlowActions(context, (block, flow) =>
        {
            // Without [VendorBoundary] in the compilation and no configured vendor sink there is nothing to find.
            if (privacy.Known.VendorBoundaryAttribute is null && flow.Classifier.Options.VendorSinks.IsEmpty)
            {
                return;
            }

            block.RegisterOperationAction(
                operation =>
                {
                    if (VendorSinks.Find((IInvocationOperation)operation.Operation, flow.Classifier) is { } sink)
                    {
                        LeakReporter.ReportValues(operation, privacy, flow, sink, DiagnosticDescriptors.PersonalDataToVendor,
                            origin => [origin.Display, origin.Kind, sink.Destination, sink.Name]);
                    }
                },
                OperationKind.Invocation);
        });
}
