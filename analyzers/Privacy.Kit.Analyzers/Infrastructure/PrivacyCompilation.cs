using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Baseline;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// What every Privacy.Kit rule shares for one compilation: the known symbols, the classifier for each file's options,
/// the baseline, and the one way to report (baseline applied, member and fingerprint attached). Shared by all rules
/// of a compilation so types are classified once.
/// </summary>
internal sealed class PrivacyCompilation
{
    private static readonly ConditionalWeakTable<Compilation, PrivacyCompilation> Cache = new();

    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    private readonly ConcurrentDictionary<SyntaxTree, PersonalDataClassifier> _classifierByTree = new();
    private readonly ConcurrentDictionary<(string?, string?, string?, string?, string?, string?), PersonalDataClassifier> _classifierByOptions = new();
    private readonly AnalyzerOptions _analyzerOptions;
    private readonly Func<SyntaxTree, PersonalDataClassifier> _newClassifierFor;
    private readonly Func<(string?, string?, string?, string?, string?, string?), PersonalDataClassifier> _newClassifier;

    // Every finding names its member as Namespace.Type.Member: each type is displayed once, not once per finding.
    private readonly ConcurrentDictionary<INamedTypeSymbol, string> _typeNames = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, string> _displayType = static type => type.ToDisplayString(MemberFormat);

    // One flow per body for all rules: PK1001, PK1002, PK1004 and PK1006 trace the same sink arguments, so the
    // second rule to ask finds the answer the first computed. Keyed weakly on the body's root operation, so it dies
    // with it.
    private readonly ConditionalWeakTable<IOperation, PersonalDataFlow> _flows = new();
    private readonly ConditionalWeakTable<IOperation, PersonalDataFlow>.CreateValueCallback _newFlow;

    // The same for the sinks a call is: PK1004 looks up all three kinds, PK1001, PK1002 and PK1006 one each.
    private readonly ConditionalWeakTable<IInvocationOperation, InvocationSinks> _sinks = new();
    private readonly ConditionalWeakTable<IInvocationOperation, InvocationSinks>.CreateValueCallback _newSinks;

    private PrivacyCompilation(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        Known = new KnownSymbols(compilation);
        _analyzerOptions = options;
        _newClassifierFor = [MethodImpl(HotPath.Optimized)] (SyntaxTree tree) => _classifierByOptions.GetOrAdd(
            PrivacyKitOptions.RawValues(_analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree)), _newClassifier);
        _newClassifier = raw => new PersonalDataClassifier(Known, PrivacyKitOptions.Parse(raw));
        Summaries = new MethodSummaries(compilation, ClassifierFor);
        _newFlow = root => new PersonalDataFlow(ClassifierFor(root.Syntax.SyntaxTree), Summaries, ImmutableArray.Create(root));
        _newSinks = invocation => new InvocationSinks(invocation, this);
        Baseline = FindingBaseline.From(options.AdditionalFiles, cancellationToken);
    }

    public KnownSymbols Known { get; }

    public FindingBaseline Baseline { get; }

    /// <summary>What the methods of this compilation return, computed once per method.</summary>
    public MethodSummaries Summaries { get; }

    /// <summary>The shared state of <paramref name="compilation"/>.</summary>
    public static PrivacyCompilation Get(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var shared = Cache.GetValue(compilation, c => new PrivacyCompilation(c, options, cancellationToken));

        // Another host may analyse the same compilation with other options (an IDE after an .editorconfig edit).
        return ReferenceEquals(shared._analyzerOptions, options)
            ? shared
            : new PrivacyCompilation(compilation, options, cancellationToken);
    }

    /// <summary>The classifier for the options that apply to <paramref name="tree"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataClassifier ClassifierFor(SyntaxTree tree) => _classifierByTree.GetOrAdd(tree, _newClassifierFor);

    /// <summary>
    /// Runs <paramref name="action"/> on every operation of <paramref name="kinds"/> in a member body, except in the
    /// bodies the logging generator writes. Registered once for the compilation, not once per body: most bodies have no
    /// sink, and per-body registrations cost the driver an action set and a second walk of every body, per rule. The
    /// action asks <see cref="FlowAt"/> for the body's flow once it has found a sink.
    /// </summary>
    public void RegisterFlowAction(CompilationStartAnalysisContext context, Action<OperationAnalysisContext> action, params OperationKind[] kinds) =>
        context.RegisterOperationAction(
            [MethodImpl(HotPath.Optimized)] (OperationAnalysisContext operation) =>
            {
                if (!IsLoggingGeneratorBody(operation.ContainingSymbol))
                {
                    action(operation);
                }
            },
            kinds);

    /// <summary>
    /// Registers <see cref="RegisterFlowAction"/> for one kind of operation that may be a sink call: <paramref name="report"/>
    /// runs for every <typeparamref name="TOperation"/> that <paramref name="findSink"/> recognises.
    /// </summary>
    public void RegisterSinkAction<TOperation>(
        CompilationStartAnalysisContext context, OperationKind kind, Func<TOperation, SinkCall?> findSink, Action<OperationAnalysisContext, SinkCall> report)
        where TOperation : class, IOperation =>
        RegisterFlowAction(
            context,
            [MethodImpl(HotPath.Optimized)] (OperationAnalysisContext operation) =>
            {
                if (findSink((TOperation)operation.Operation) is { } sink)
                {
                    report(operation, sink);
                }
            },
            kind);

    /// <summary>The classifier for the options that apply where <paramref name="operation"/> is written.</summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataClassifier ClassifierAt(IOperation operation) => ClassifierFor(operation.Syntax.SyntaxTree);

    /// <summary>
    /// The flow of the body that holds <paramref name="operation"/>, shared by every rule that asks: built on first
    /// use, and kept as long as the body's operations are.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataFlow FlowAt(IOperation operation) => _flows.GetValue(RootOf(operation), _newFlow);

    /// <summary>
    /// The sinks <paramref name="invocation"/> is, shared by every rule that asks: each kind is looked up on first use,
    /// and kept as long as the invocation's operation is.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public InvocationSinks SinksOf(IInvocationOperation invocation) => _sinks.GetValue(invocation, _newSinks);

    /// <summary>The outermost operation above <paramref name="operation"/>: the body (or initializer) it is written in.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static IOperation RootOf(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root;
    }

    /// <summary>
    /// Whether <paramref name="member"/> is the body the logging source generator writes for a <c>[LoggerMessage]</c>
    /// method: its call sites and its declaration are checked instead (PK1001, PK1005).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsLoggingGeneratorBody(ISymbol member) =>
        member is IMethodSymbol { PartialDefinitionPart: { } definition } && HasLoggerMessageAttribute(definition);

    [MethodImpl(HotPath.Optimized)]
    public bool HasLoggerMessageAttribute(IMethodSymbol method)
    {
        if (Known.LoggerMessageAttribute is null)
        {
            return false;
        }

        foreach (var attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Known.LoggerMessageAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports <paramref name="descriptor"/> on <paramref name="expression"/> in <paramref name="containingSymbol"/>
    /// unless the baseline lists it. The diagnostic carries the member and fingerprint for the CLI's baseline writer
    /// and <paramref name="properties"/> for code fixes.
    /// </summary>
    public void Report(
        Action<Diagnostic> report,
        DiagnosticDescriptor descriptor,
        SyntaxNode expression,
        ISymbol? containingSymbol,
        ImmutableDictionary<string, string?>? properties,
        params object?[] messageArgs) =>
        Report(report, descriptor, expression, expression.GetLocation(), containingSymbol, properties, messageArgs);

    /// <summary>
    /// Reports <paramref name="descriptor"/> at <paramref name="location"/> while the baseline matches the finding by
    /// the text of <paramref name="expression"/>: a declaration is reported at its name (the whole declaration would
    /// underline every member of a type), its fingerprint still taken from the declaration, as for every other finding.
    /// </summary>
    public void Report(
        Action<Diagnostic> report,
        DiagnosticDescriptor descriptor,
        SyntaxNode expression,
        Location location,
        ISymbol? containingSymbol,
        ImmutableDictionary<string, string?>? properties,
        object?[] messageArgs)
    {
        var member = MemberName(containingSymbol);
        var fingerprint = BaselineFingerprint.Compute(descriptor.Id, expression);
        if (!Baseline.IsEmpty)
        {
            var file = BaselineFingerprint.RelativePath(expression.SyntaxTree.FilePath, Baseline.Directory);
            if (Baseline.Contains(new BaselineEntry(descriptor.Id, file, member, fingerprint)))
            {
                return;
            }
        }

        var allProperties = (properties ?? ImmutableDictionary<string, string?>.Empty)
            .SetItem(BaselineFingerprint.MemberProperty, member)
            .SetItem(BaselineFingerprint.FingerprintProperty, fingerprint);
        report(Diagnostic.Create(descriptor, location, allProperties, messageArgs));
    }

    /// <summary>The member a finding belongs to, as <c>Namespace.Type.Member</c>; lambdas and local functions belong to their member.</summary>
    public string MemberName(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && symbol.ContainingSymbol is not null)
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol switch
        {
            null => string.Empty,
            INamedTypeSymbol type => _typeNames.GetOrAdd(type, _displayType),
            _ when symbol.ContainingType is { } type => _typeNames.GetOrAdd(type, _displayType) + "." + symbol.Name,
            _ => symbol.Name,
        };
    }
}
