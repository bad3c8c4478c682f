using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK1003: personal data in the text arguments of an exception's constructor.</summary>
public sealed class PersonalDataInExceptionMessageAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInExceptionMessage);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        if (privacy.Known.Exception is null)
        {
            return;
        }

        privacy.RegisterFlowAction(
            context,
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (!KnownSymbols.InheritsFrom(creation.Type, privacy.Known.Exception))
                {
                    return;
                }

                // The message and other text: an inner exception or a number is not message text.
                var values = SinkCall.ValuesOf(creation.Arguments, a => a.Parameter?.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object);
                var sink = new SinkCall(SinkKind.Exception, "new " + creation.Type!.Name, "an exception message", values, serializes: false);
                LeakReporter.ReportValues(operation, privacy, privacy.FlowAt(creation), sink, DiagnosticDescriptors.PersonalDataInExceptionMessage,
                    origin => [origin.Display, origin.Kind, creation.Type.Name], asText: true);
            },
            OperationKind.ObjectCreation);

        // Exception.Data travels with the exception: error trackers and exception loggers write every entry.
        privacy.RegisterFlowAction(
            context,
            operation =>
            {
                if (operation.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } data } indexer } assignment
                    && privacy.FlowAt(assignment) is var flow && flow.IsOrHolds(data, d => IsExceptionData(d, privacy.Known)))
                {
                    ReportData(operation, privacy, flow, [.. indexer.Arguments.Select(a => a.Value), assignment.Value]);
                }
            },
            OperationKind.SimpleAssignment);
        privacy.RegisterFlowAction(
            context,
            operation =>
            {
                if (operation.Operation is IInvocationOperation { TargetMethod.Name: "Add", Instance: { } data } add
                    && privacy.FlowAt(add) is var flow && flow.IsOrHolds(data, d => IsExceptionData(d, privacy.Known)))
                {
                    ReportData(operation, privacy, flow, [.. add.Arguments.Select(a => a.Value)]);
                }
            },
            OperationKind.Invocation);
    }

    private static void ReportData(OperationAnalysisContext operation, PrivacyCompilation privacy, PersonalDataFlow flow, IOperation[] values)
    {
        var sink = new SinkCall(SinkKind.Exception, "Exception.Data", "an exception's data", values, serializes: false);
        LeakReporter.ReportValues(operation, privacy, flow, sink, DiagnosticDescriptors.PersonalDataInExceptionMessage,
            origin => [origin.Display, origin.Kind, "Exception.Data"], asText: true);
    }

    private static bool IsExceptionData(IOperation value, KnownSymbols known) =>
        value is IPropertyReferenceOperation { Property.Name: "Data" } property
        && KnownSymbols.InheritsFrom(property.Property.ContainingType, known.Exception);
}
