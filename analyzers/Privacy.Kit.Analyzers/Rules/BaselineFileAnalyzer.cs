using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers.Baseline;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>PK0001: the <c>privacy-kit.baseline.json</c> AdditionalFile is malformed, so it baselines nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidBaseline);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilation =>
        {
            var baseline = FindingBaseline.From(compilation.Options.AdditionalFiles, compilation.CancellationToken);
            if (baseline is { Error: { } error, Path: { } path })
            {
                compilation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidBaseline, Location.None, path, error));
            }
        });
    }
}
