using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK1004: an object holding personal data logged, sent to a vendor or telemetry, or thrown, whole; and a
/// <c>[LoggerMessage]</c> parameter whose type prints personal data, reported where it is declared (the generated code
/// prints it whole on every call).
/// </summary>
public sealed class ObjectWithPersonalDataLeakedAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ObjectWithPersonalDataLeaked);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        if (privacy.Known.LoggerMessageAttribute is not null)
        {
            context.RegisterSymbolAction(symbol => ReportLoggerMessageParameters(symbol, privacy), SymbolKind.Method);
        }

        privacy.RegisterSinkAction<IInvocationOperation>(
            context,
            OperationKind.Invocation,
            invocation => privacy.SinksOf(invocation).Any,
            (operation, sink) => LeakReporter.ReportWholeObjects(operation, privacy, privacy.FlowAt(operation.Operation), sink));
        privacy.RegisterFlowAction(
            context,
            operation =>
            {
                // A rethrow (throw;) has no operand; an exception type holding personal data leaks it wherever it is caught and logged.
                if (operation.Operation is IThrowOperation { Exception: { } thrown })
                {
                    // An exception keeps the objects its constructor takes as object (ArgumentOutOfRangeException's
                    // ActualValue): whatever serialises the exception writes them member by member.
                    var values = new List<IOperation> { thrown };
                    if ((thrown is IConversionOperation conversion ? conversion.Operand : thrown) is IObjectCreationOperation creation)
                    {
                        values.AddRange(SinkCall.ValuesOf(creation.Arguments, a => a.Parameter?.Type.SpecialType == SpecialType.System_Object));
                    }

                    var sink = new SinkCall(SinkKind.Exception, "throw", "an exception", values, serializes: true);
                    LeakReporter.ReportWholeObjects(operation, privacy, privacy.FlowAt(thrown), sink);
                }
            },
            OperationKind.Throw);
    }

    /// <summary>
    /// The parameters of a <c>[LoggerMessage]</c> declaration that the generated code writes whole although their type
    /// prints personal data (what Microsoft's LOGGEN035 reports only with the Telemetry generator).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static void ReportLoggerMessageParameters(SymbolAnalysisContext symbol, PrivacyCompilation privacy)
    {
        var method = (IMethodSymbol)symbol.Symbol;
        if (method.PartialDefinitionPart is not null || !privacy.HasLoggerMessageAttribute(method))
        {
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Locations.IsEmpty || parameter.Locations[0].SourceTree is not { } tree)
            {
                continue;
            }

            var classifier = privacy.ClassifierFor(tree);
            if (LoggerMessageParameters.PrintedWhole(parameter, classifier) is { } printed)
            {
                var syntax = parameter.DeclaringSyntaxReferences[0].GetSyntax(symbol.CancellationToken);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(LeakReporter.KindProperty, printed.Kind);
                privacy.Report(symbol.ReportDiagnostic, DiagnosticDescriptors.ObjectWithPersonalDataLeaked, syntax, method, properties,
                    parameter.Name, printed.Describe(), LeakReporter.Verb(SinkKind.Log, string.Empty), method.Name);
            }
        }
    }
}
