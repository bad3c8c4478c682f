using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK3001: a call to a <c>[RequiresConsent(p)]</c> method must be reached only through the allowed outcome of a
/// tested <c>[ConsentCheck]</c> result, on every path through the control-flow graph of the calling method, unless
/// the caller itself is <c>[RequiresConsent(p)]</c> (its own callers are checked instead).
/// </summary>
public sealed class ContactWithoutConsentCheckAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ContactWithoutConsentCheck);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        if (privacy.Known.RequiresConsentAttribute is not { } requiresConsent || privacy.Known.ConsentCheckAttribute is not { } consentCheck)
        {
            return;
        }

        var rule = new ConsentFlow(requiresConsent, consentCheck);

        // The control-flow graph is built only for bodies that contact someone: most bodies do not. The driver already
        // walks every operation; each invocation asks, once per target method, whether it contacts, and the first
        // contact in a body analyses that body's graph (a body and its constructor initializer are one graph).
        // Registered for the compilation, not per body: a per-body registration costs the driver for every body.
        var analysed = new ConditionalWeakTable<IOperation, object>();
        context.RegisterOperationAction(
            operation =>
            {
                if (!rule.Contacts(((IInvocationOperation)operation.Operation).TargetMethod))
                {
                    return;
                }

                var root = PrivacyCompilation.RootOf(operation.Operation);
                if (root is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation) || !FirstContactIn(root, analysed))
                {
                    return;
                }

                rule.Analyze(operation.GetControlFlowGraph(), operation.ContainingSymbol, (invocation, purpose) =>
                    privacy.Report(operation.ReportDiagnostic, DiagnosticDescriptors.ContactWithoutConsentCheck, invocation.Syntax, operation.ContainingSymbol, null, invocation.TargetMethod.Name, purpose));
            },
            OperationKind.Invocation);
    }

    /// <summary>Whether <paramref name="root"/> is seen here for the first time (contacts are rare: a lock is cheap).</summary>
    private static bool FirstContactIn(IOperation root, ConditionalWeakTable<IOperation, object> analysed)
    {
        lock (analysed)
        {
            if (analysed.TryGetValue(root, out _))
            {
                return false;
            }

            analysed.Add(root, root);
            return true;
        }
    }

    /// <summary>The must-analysis over a control-flow graph: is every path to a block through an allowed consent test?</summary>
    private sealed class ConsentFlow
    {
        private readonly INamedTypeSymbol _requiresConsentAttribute;
        private readonly INamedTypeSymbol _consentCheckAttribute;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _contacts = new(SymbolEqualityComparer.Default);
        private readonly Func<IMethodSymbol, bool> _requiresConsent;

        public ConsentFlow(INamedTypeSymbol requiresConsent, INamedTypeSymbol consentCheck)
        {
            _requiresConsentAttribute = requiresConsent;
            _consentCheckAttribute = consentCheck;
            _requiresConsent = RequiresConsent;
        }

        public void Analyze(ControlFlowGraph graph, ISymbol owner, Action<IInvocationOperation, string> report)
        {
            var callerPurposes = Purposes(owner);
            var allowed = AllowedLocals(graph);
            var safe = SafeBlocks(graph, allowed);
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in Operations(block))
                {
                    foreach (var invocation in operation.DescendantsAndSelf().OfType<IInvocationOperation>())
                    {
                        foreach (var purpose in Purposes(invocation.TargetMethod))
                        {
                            if (!safe[block.Ordinal] && !callerPurposes.Contains(purpose))
                            {
                                report(invocation, purpose);
                                break;
                            }
                        }
                    }
                }
            }

            // Lambdas and local functions have graphs of their own and start unchecked: the check must be inside them.
            foreach (var function in graph.LocalFunctions)
            {
                Analyze(graph.GetLocalFunctionControlFlowGraph(function), owner, report);
            }

            foreach (var block in graph.Blocks)
            {
                foreach (var operation in Operations(block))
                {
                    foreach (var lambda in operation.DescendantsAndSelf().OfType<IFlowAnonymousFunctionOperation>())
                    {
                        Analyze(graph.GetAnonymousFunctionControlFlowGraph(lambda), owner, report);
                    }
                }
            }
        }

        /// <summary>Greatest fixed point: a block is safe when every edge into it leaves a safe block or takes the allowed side of a consent test.</summary>
        private bool[] SafeBlocks(ControlFlowGraph graph, Dictionary<ILocalSymbol, bool> allowed)
        {
            var safe = new bool[graph.Blocks.Length];
            for (var i = 1; i < safe.Length; i++)
            {
                safe[i] = true;
            }

            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var block in graph.Blocks)
                {
                    if (block.Kind == BasicBlockKind.Entry || !safe[block.Ordinal])
                    {
                        continue;
                    }

                    var all = block.Predecessors.Length > 0;
                    foreach (var edge in block.Predecessors)
                    {
                        all &= safe[edge.Source.Ordinal] || IsAllowedEdge(edge, allowed);
                    }

                    if (!all)
                    {
                        safe[block.Ordinal] = false;
                        changed = true;
                    }
                }
            }

            return safe;
        }

        /// <summary>Whether taking <paramref name="edge"/> means a consent check said "allowed".</summary>
        private bool IsAllowedEdge(ControlFlowBranch edge, Dictionary<ILocalSymbol, bool> allowed)
        {
            var source = edge.Source;
            if (source.BranchValue is null || source.ConditionKind == ControlFlowConditionKind.None || AllowedWhen(source.BranchValue, allowed) is not { } allowedWhen)
            {
                return false;
            }

            // The conditional successor is taken when the branch value equals the condition kind; the fall-through otherwise.
            var conditional = ReferenceEquals(edge, source.ConditionalSuccessor);
            var valueOnEdge = conditional == (source.ConditionKind == ControlFlowConditionKind.WhenTrue);
            return valueOnEdge == allowedWhen;
        }

        /// <summary>The value of <paramref name="condition"/> that means "allowed", or null when it is not a consent test.</summary>
        private bool? AllowedWhen(IOperation condition, Dictionary<ILocalSymbol, bool> allowed)
        {
            switch (condition)
            {
                case IConversionOperation conversion:
                    return AllowedWhen(conversion.Operand, allowed);
                case IParenthesizedOperation parenthesized:
                    return AllowedWhen(parenthesized.Operand, allowed);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return !AllowedWhen(not.Operand, allowed);
                case IInvocationOperation invocation when IsConsentCheck(invocation.TargetMethod):
                    return true;
                case IPropertyReferenceOperation { Instance: { } instance } property when property.Type?.SpecialType == SpecialType.System_Boolean:
                    return IsCheckResult(instance, allowed) ? true : null;
                case ILocalReferenceOperation local when allowed.TryGetValue(local.Local, out var isBooleanResult) && isBooleanResult:
                    return true;
                default:
                    return null;
            }
        }

        /// <summary>Whether <paramref name="value"/> is the result of a consent check (or a local holding one).</summary>
        private bool IsCheckResult(IOperation value, Dictionary<ILocalSymbol, bool> allowed) => value switch
        {
            IConversionOperation conversion => IsCheckResult(conversion.Operand, allowed),
            IInvocationOperation invocation => IsConsentCheck(invocation.TargetMethod),
            ILocalReferenceOperation local => allowed.ContainsKey(local.Local),
            _ => false,
        };

        /// <summary>Locals assigned a consent check's result: true when the local is the boolean answer itself.</summary>
        private Dictionary<ILocalSymbol, bool> AllowedLocals(ControlFlowGraph graph)
        {
            var locals = new Dictionary<ILocalSymbol, bool>(SymbolEqualityComparer.Default);
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    foreach (var assignment in operation.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
                    {
                        if (assignment.Target is ILocalReferenceOperation target)
                        {
                            if (IsCheckResult(assignment.Value, locals))
                            {
                                locals[target.Local] = assignment.Value.Type?.SpecialType == SpecialType.System_Boolean;
                            }
                            else if (AllowedWhen(assignment.Value, locals) == true)
                            {
                                locals[target.Local] = true;
                            }
                        }
                    }
                }
            }

            return locals;
        }

        private bool IsConsentCheck(IMethodSymbol method)
        {
            for (var current = method; current is not null; current = current.OverriddenMethod)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _consentCheckAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether calling <paramref name="method"/> contacts someone (it or a method it overrides is <c>[RequiresConsent]</c>); once per method.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool Contacts(IMethodSymbol method) => _contacts.GetOrAdd(method, _requiresConsent);

        private bool RequiresConsent(IMethodSymbol method)
        {
            for (var current = method; current is not null; current = current.OverriddenMethod)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _requiresConsentAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private ImmutableHashSet<string> Purposes(ISymbol symbol)
        {
            var purposes = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);
            for (var current = symbol as IMethodSymbol; current is not null; current = current.OverriddenMethod)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _requiresConsentAttribute)
                        && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string purpose)
                    {
                        purposes = purposes.Add(purpose);
                    }
                }
            }

            return purposes;
        }

        private static IEnumerable<IOperation> Operations(BasicBlock block) =>
            block.BranchValue is null ? block.Operations : block.Operations.Append(block.BranchValue);
    }
}
