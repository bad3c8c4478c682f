using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The base of every Privacy.Kit rule: concurrent, analysing generated code too (source generators write code that
/// can leak), with the shared <see cref="PrivacyCompilation"/> handed to <see cref="OnCompilationStart"/>.
/// </summary>
/// <remarks>
/// The compiler runs the rules through <see cref="AllRulesAnalyzer"/>; a rule on its own is an analyzer too, so it can
/// be tested and run alone.
/// </remarks>
public abstract class PrivacyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(AllRulesAnalyzer.GeneratedCode);
        context.RegisterCompilationStartAction(start => OnCompilationStart(start, PrivacyCompilation.Get(start.Compilation, start.Options, start.CancellationToken)));
    }

    /// <summary>Registers the rule's actions on a compilation-start context that <see cref="AllRulesAnalyzer"/> shares between the rules.</summary>
    internal void Start(CompilationStartAnalysisContext context, PrivacyCompilation privacy) => OnCompilationStart(context, privacy);

    /// <summary>Registers the rule's actions for one compilation, or nothing when what it needs is absent.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy);
}
