// Compiled into Privacy.Kit.Analyzers only by benchmarks/analyzers/callback-clock.sh (-p:PrivacyKitCallbackClock=true);
// never part of the package.
#pragma warning disable RS1012 // It only forwards: every action it is given is registered on the real context.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>A rule's compilation-start context whose every registered action is timed by <see cref="CallbackClock"/> under the rule's name.</summary>
internal sealed class ClockedCompilationStart(CompilationStartAnalysisContext context, string rule)
    : CompilationStartAnalysisContext(context.Compilation, context.Options, context.CancellationToken)
{
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
        context.RegisterCompilationEndAction(CallbackClock.Time(rule, action));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
        context.RegisterSemanticModelAction(CallbackClock.Time(rule, action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
        context.RegisterSymbolAction(CallbackClock.Time(rule, action), symbolKinds);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
        context.RegisterCodeBlockStartAction(CallbackClock.Time(rule, action));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
        context.RegisterCodeBlockAction(CallbackClock.Time(rule, action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
        context.RegisterSyntaxTreeAction(CallbackClock.Time(rule, action));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(CallbackClock.Time(rule, action), syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
        context.RegisterOperationBlockStartAction(CallbackClock.Time(rule, action));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
        context.RegisterOperationBlockAction(CallbackClock.Time(rule, action));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
        context.RegisterOperationAction(CallbackClock.Time(rule, action), operationKinds);
}
