using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The compilation-start context the rules of <see cref="AllRulesAnalyzer"/> register on. Every action but an operation
/// action goes to the compiler's context as it comes; the operation actions are kept, and <see cref="RegisterMerged"/>
/// hands them to the compiler as one action for all their kinds, which runs, for each operation, the actions registered
/// for its kind in the order they were registered.
/// </summary>
/// <remarks>
/// The compiler's driver pays for every callback it makes (a context, an exception guard, the suppression checks):
/// six rules ask for every invocation, so one call of the driver now does the work of six (benchmarks/README.md,
/// "Sixth pass").
/// </remarks>
internal sealed class MergedOperationActions : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _context;
    private readonly List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> _operationActions = [];

#pragma warning disable RS1012 // The rules register on this context; RegisterMerged and the forwarders register on the compiler's.
    public MergedOperationActions(CompilationStartAnalysisContext context)
        : base(context.Compilation, context.Options, context.CancellationToken) => _context = context;
#pragma warning restore RS1012

    /// <inheritdoc />
    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        // The compiler's own context refuses these at registration; so does this one, not later in RegisterMerged.
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (operationKinds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An operation action needs at least one operation kind.", nameof(operationKinds));
        }

        _operationActions.Add((action, operationKinds));
    }

    /// <summary>
    /// Registers the operation actions kept so far with the compiler, as one action (none when no rule registered any).
    /// Called once, after every rule has registered its actions.
    /// </summary>
    public void RegisterMerged()
    {
        if (_operationActions.Count == 0)
        {
            return;
        }

        var highestKind = 0;
        foreach (var (_, kinds) in _operationActions)
        {
            foreach (var kind in kinds)
            {
                highestKind = Math.Max(highestKind, (int)kind);
            }
        }

        var byKind = new List<Action<OperationAnalysisContext>>?[highestKind + 1];
        var registeredKinds = ImmutableArray.CreateBuilder<OperationKind>();
        foreach (var (action, kinds) in _operationActions)
        {
            foreach (var kind in kinds)
            {
                var actions = byKind[(int)kind];
                if (actions is null)
                {
                    byKind[(int)kind] = actions = [];
                    registeredKinds.Add(kind);
                }

                actions.Add(action);
            }
        }

        var run = new Action<OperationAnalysisContext>[]?[byKind.Length];
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            run[kind] = byKind[kind]?.ToArray();
        }

        _context.RegisterOperationAction(operation => Run(run, operation), registeredKinds.ToImmutable());
    }

    /// <inheritdoc />
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _context.RegisterCompilationEndAction(action);

    /// <inheritdoc />
    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(action);

    /// <inheritdoc />
    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
        _context.RegisterSymbolAction(action, symbolKinds);

    /// <inheritdoc />
    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
        _context.RegisterSymbolStartAction(action, symbolKind);

    /// <inheritdoc />
    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(action);

    /// <inheritdoc />
    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
        _context.RegisterCodeBlockStartAction(action);

    /// <inheritdoc />
    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(action);

    /// <inheritdoc />
    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(action);

    /// <inheritdoc />
    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        _context.RegisterSyntaxNodeAction(action, syntaxKinds);

    /// <inheritdoc />
    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _context.RegisterOperationBlockStartAction(action);

    /// <inheritdoc />
    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _context.RegisterOperationBlockAction(action);

    [MethodImpl(HotPath.Optimized)]
    private static void Run(Action<OperationAnalysisContext>[]?[] byKind, OperationAnalysisContext operation)
    {
        foreach (var action in byKind[(int)operation.Operation.Kind]!)
        {
            action(operation);
        }
    }
}
