using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK1005: a <c>[LoggerMessage]</c> parameter that is personal data but carries no classification, so redaction skips it.</summary>
public sealed class UnclassifiedLoggerMessageParameterAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedLoggerMessageParameter);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        if (privacy.Known.LoggerMessageAttribute is null)
        {
            return;
        }

        context.RegisterSymbolAction(
            symbol =>
            {
                var method = (IMethodSymbol)symbol.Symbol;

                // The generated implementation part shares the parameters' meaning; report on the declaration only.
                if (method.PartialDefinitionPart is not null || !privacy.HasLoggerMessageAttribute(method))
                {
                    return;
                }

                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Locations.IsEmpty || !parameter.Locations[0].IsInSource || IsPlumbing(parameter.Type, privacy.Known))
                    {
                        continue;
                    }

                    var classifier = privacy.ClassifierFor(parameter.Locations[0].SourceTree!);
                    if (!classifier.HasDataClassification(parameter) && classifier.Classify(parameter) is { } source)
                    {
                        var syntax = parameter.DeclaringSyntaxReferences[0].GetSyntax(symbol.CancellationToken);
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(LeakReporter.KindProperty, source.Kind);
                        privacy.Report(symbol.ReportDiagnostic, DiagnosticDescriptors.UnclassifiedLoggerMessageParameter, syntax, method,
                            properties, parameter.Name, method.Name, source.Kind);
                    }
                }
            },
            SymbolKind.Method);
    }

    private static bool IsPlumbing(ITypeSymbol type, KnownSymbols known) =>
        LoggerMessageParameters.IsPlumbing(type, known) || KnownSymbols.InheritsFrom(type, known.Exception);
}
