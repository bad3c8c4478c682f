using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The base of every Privacy.Kit rule: concurrent, analysing generated code too (source generators write code that
/// can leak), with the shared <see cref="PrivacyCompilation"/> handed to <see cref="OnCompilationStart"/>.
/// </summary>
public abstract class PrivacyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
#if PRIVACY_KIT_CALLBACK_CLOCK
        // benchmarks/analyzers/callback-clock.sh: every callback timed in thread CPU time, by rule.
        context.RegisterCompilationStartAction(CallbackClock.Time<CompilationStartAnalysisContext>(
            "compilation-start", start => OnCompilationStart(new ClockedCompilationStart(start, GetType().Name), PrivacyCompilation.Get(start.Compilation, start.Options, start.CancellationToken))));
#else
        context.RegisterCompilationStartAction(start => OnCompilationStart(start, PrivacyCompilation.Get(start.Compilation, start.Options, start.CancellationToken)));
#endif
    }

    /// <summary>Registers the rule's actions for one compilation, or nothing when what it needs is absent.</summary>
    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy);
}
