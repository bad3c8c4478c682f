using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The <see cref="MethodSummary"/> of every method of the compilation that a traced value passes through, computed
/// once per method on first use and cached. Methods without a body here (library methods, abstract, virtual or
/// interface methods, whose callee is decided at run time) have none: the caller falls back to its library rules.
/// </summary>
/// <remarks>Thread-safe. Recursion (a method reaching itself) is cut: the inner use sees no summary.</remarks>
internal sealed class MethodSummaries
{
    private static readonly MethodSummary NoBody = new([], []);

    [ThreadStatic]
    private static HashSet<IMethodSymbol>? inProgress;

    private readonly Compilation _compilation;
    private readonly Func<SyntaxTree, PersonalDataClassifier> _classifierFor;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);

    public MethodSummaries(Compilation compilation, Func<SyntaxTree, PersonalDataClassifier> classifierFor)
    {
        _compilation = compilation;
        _classifierFor = classifierFor;
        Constructions = new ConstructionSummaries(compilation, this, classifierFor);
    }

    /// <summary>What the objects that constructors of this compilation build carry from their arguments.</summary>
    public ConstructionSummaries Constructions { get; }

    /// <summary>The summary of <paramref name="method"/>, or <see langword="null"/> when its body is not in this compilation.</summary>
    [MethodImpl(HotPath.Optimized)]
    public MethodSummary? Get(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (!MayHaveSummary(method))
        {
            return null;
        }

        if (_summaries.TryGetValue(method, out var known))
        {
            return ReferenceEquals(known, NoBody) ? null : known;
        }

        inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!inProgress.Add(method))
        {
            return MethodSummary.Empty;
        }

        try
        {
            var summary = Compute(method) ?? NoBody;
            _summaries.TryAdd(method, summary);
            return ReferenceEquals(summary, NoBody) ? null : summary;
        }
        finally
        {
            inProgress.Remove(method);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool MayHaveSummary(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.PropertyGet
        && !method.IsAbstract && !method.IsExtern && !method.ReturnsVoid
        && !method.IsVirtual && !(method.IsOverride && !method.IsSealed && method.ContainingType is { IsSealed: false })
        && method.ContainingType?.TypeKind != TypeKind.Interface
        && (method.PartialImplementationPart ?? method).DeclaringSyntaxReferences.Length == 1;

    private MethodSummary? Compute(IMethodSymbol method)
    {
        var reference = (method.PartialImplementationPart ?? method).DeclaringSyntaxReferences[0];
        var syntax = reference.GetSyntax();

        // It returns the property itself, which the caller has classified already: there is no body to bind.
        if (IsAutoPropertyAccessor(syntax))
        {
            return null;
        }

        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // The summary of another method needs that method's body; it is bound once per method and cached.
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        var body = model.GetOperation(syntax) switch
        {
            ILocalFunctionOperation local => local.Body ?? (IOperation?)local.IgnoredBody,
            { } operation => operation,
            null => null,
        };
        if (body is null)
        {
            return null;
        }

        var flow = new PersonalDataFlow(_classifierFor(syntax.SyntaxTree), this, ImmutableArray.Create(body), method);
        List<string>? kinds = null;
        List<ParameterFlow>? parameters = null;
        foreach (var returned in PersonalDataFlow.ReturnedValues(body))
        {
            for (var origin = flow.Trace(returned); origin is not null; origin = origin.Next)
            {
                if (origin.IsParameter)
                {
                    parameters ??= [];
                    Add(parameters, new ParameterFlow(origin.ParameterOrdinal, origin.IsWholeObject));
                }
                else if (!origin.IsWholeObject && !(kinds ??= []).Contains(origin.Kind))
                {
                    kinds.Add(origin.Kind);
                }
            }
        }

        return kinds is null && parameters is null ? MethodSummary.Empty : new MethodSummary(kinds ?? [], parameters ?? []);
    }

    /// <summary>
    /// Whether <paramref name="declaration"/>, a method's declaring syntax, is an auto-property's accessor or a positional
    /// record parameter: an accessor with no body of its own, which reads or writes the property itself.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsAutoPropertyAccessor(SyntaxNode declaration) =>
        declaration is AccessorDeclarationSyntax { Body: null, ExpressionBody: null } or ParameterSyntax;

    private static void Add(List<ParameterFlow> parameters, ParameterFlow flow)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Ordinal == flow.Ordinal)
            {
                // Returned whole on one path and as text on another: the whole object is the wider claim (fail closed).
                if (!parameters[i].WholeObject && flow.WholeObject)
                {
                    parameters[i] = flow;
                }

                return;
            }
        }

        parameters.Add(flow);
    }
}
