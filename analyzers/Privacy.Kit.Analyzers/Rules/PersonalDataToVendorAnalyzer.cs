using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK1002: personal data passed to a <c>[VendorBoundary]</c> or a configured vendor sink.</summary>
public sealed class PersonalDataToVendorAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataToVendor);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy) =>
        privacy.RegisterSinkAction<IInvocationOperation>(
            context,
            OperationKind.Invocation,
            invocation => privacy.SinksOf(invocation).Vendor,
            (operation, sink) => LeakReporter.ReportValues(operation, privacy, privacy.FlowAt(operation.Operation), sink, DiagnosticDescriptors.PersonalDataToVendor,
                origin => [origin.Display, origin.Kind, sink.Destination, sink.Name]));
}
