using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Every write to each local and parameter of one member body, in source order.</summary>
internal sealed class VariableWriteIndex
{
    private static readonly ImmutableArray<VariableWrite> NoWrites = ImmutableArray<VariableWrite>.Empty;

    private readonly Dictionary<ISymbol, List<VariableWrite>> _writes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, int> _firstCall = new(SymbolEqualityComparer.Default);
    private readonly KnownSymbols _known;

    [MethodImpl(HotPath.Optimized)]
    public VariableWriteIndex(ImmutableArray<IOperation> blocks, KnownSymbols known)
    {
        _known = known;

        // One walk of the body. A local function runs where it is called, not where it is written: its writes happen
        // at its first call, and not at all when it is never called or referenced, so the writes are added once every
        // call is known.
        var operations = new List<IOperation>();
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                switch (operation.Kind)
                {
                    case OperationKind.Invocation:
                        NoteLocalFunctionUse(((IInvocationOperation)operation).TargetMethod, operation);
                        break;
                    case OperationKind.MethodReference:
                        NoteLocalFunctionUse(((IMethodReferenceOperation)operation).Method, operation);
                        break;
                }

                operations.Add(operation);
            }
        }

        foreach (var operation in operations)
        {
            Collect(operation);
        }

        foreach (var list in _writes.Values)
        {
            list.Sort((a, b) => a.End.CompareTo(b.End));
        }
    }

    public IReadOnlyList<VariableWrite> WritesTo(ISymbol variable) =>
        _writes.TryGetValue(variable, out var list) ? list : NoWrites;

    private void NoteLocalFunctionUse(IMethodSymbol method, IOperation use)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            var end = use.Syntax.Span.End;
            var key = method.OriginalDefinition;
            _firstCall[key] = _firstCall.TryGetValue(key, out var first) ? Math.Min(first, end) : end;
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Collect(IOperation operation)
    {
        // Told apart by kind first: a type test against an operation interface costs far more than reading its kind.
        switch (operation.Kind)
        {
            case OperationKind.VariableDeclarator:
                var declarator = (IVariableDeclaratorOperation)operation;
                if (declarator.GetVariableInitializer() is { } initializer)
                {
                    Add(declarator.Symbol, initializer.Value, declarator, KillScopeOf(declarator));
                }

                break;
            case OperationKind.DeconstructionAssignment:
                var deconstruction = (IDeconstructionAssignmentOperation)operation;
                AddDeconstruction(deconstruction.Target, deconstruction.Value, deconstruction, KillScopeOf(deconstruction));
                break;
            case OperationKind.SimpleAssignment:
                CollectAssignment((ISimpleAssignmentOperation)operation);
                break;
            case OperationKind.CompoundAssignment:
                var compound = (ICompoundAssignmentOperation)operation;
                if (VariableOf(compound.Target) is { } compounded)
                {
                    Add(compounded, compound.Value, compound, killScope: null);
                }

                break;
            case OperationKind.CoalesceAssignment:
                var coalesce = (ICoalesceAssignmentOperation)operation;
                if (VariableOf(coalesce.Target) is { } coalesced)
                {
                    Add(coalesced, coalesce.Value, coalesce, killScope: null);
                }

                break;
            case OperationKind.Loop when operation is IForEachLoopOperation loop:
                // The loop variable holds the collection's elements: it carries what the collection carries.
                foreach (var local in loop.Locals)
                {
                    Add(local, loop.Collection, loop.Collection, killScope: null);
                }

                break;
            case OperationKind.DeclarationPattern when ((IDeclarationPatternOperation)operation).DeclaredSymbol is { } declared:
                Add(declared, PatternInput(operation), operation, killScope: null);
                break;
            case OperationKind.RecursivePattern when ((IRecursivePatternOperation)operation).DeclaredSymbol is { } declared:
                Add(declared, PatternInput(operation), operation, killScope: null);
                break;
            case OperationKind.Argument:
                var argument = (IArgumentOperation)operation;
                if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref && VariableOf(argument.Value) is { } passed)
                {
                    Add(passed, value: null, argument, killScope: null);
                }

                break;
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                if (invocation.Instance is { } receiver && ChainRoot(receiver) is { } accumulator && Accumulates(receiver.Type))
                {
                    // sb.Append(email), sb.Append("Phone: ").Append(phone), list.Add(email): the receiver now holds the argument too.
                    foreach (var invocationArgument in invocation.Arguments)
                    {
                        Add(accumulator, invocationArgument.Value, invocation, killScope: null);
                    }
                }

                break;
        }
    }

    private void CollectAssignment(ISimpleAssignmentOperation assignment)
    {
        if (VariableOf(assignment.Target) is { } variable)
        {
            Add(variable, assignment.Value, assignment, KillScopeOf(assignment));
        }
        else if (assignment.Target is IArrayElementReferenceOperation element && VariableOf(element.ArrayReference) is { } array)
        {
            // names[0] = email: the array now holds it too.
            Add(array, assignment.Value, assignment, killScope: null);
        }
        else if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }
            && VariableOf(instance) is { } collection && Accumulates(instance.Type))
        {
            // values["email"] = email.
            Add(collection, assignment.Value, assignment, killScope: null);
        }
    }

    private void AddDeconstruction(IOperation target, IOperation value, IOperation end, SyntaxNode? killScope)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        if (target is ITupleOperation targets)
        {
            var values = value is IConversionOperation conversion ? conversion.Operand : value;
            for (var i = 0; i < targets.Elements.Length; i++)
            {
                // (id, email) = (1, customer.Email): element by element when the source is a tuple literal.
                var elementValue = values is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length ? tuple.Elements[i] : value;
                AddDeconstruction(targets.Elements[i], elementValue, end, killScope);
            }
        }
        else if (VariableOf(target) is { } variable)
        {
            Add(variable, value, end, killScope);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void Add(ISymbol variable, IOperation? value, IOperation write, SyntaxNode? killScope)
    {
        var end = write.Syntax.Span.End;
        SyntaxNode? loop = null;
        for (var current = write.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation)
            {
                loop = current.Syntax;
            }
            else if (current is ILocalFunctionOperation function)
            {
                if (!_firstCall.TryGetValue(function.Symbol.OriginalDefinition, out var call))
                {
                    // Never called: its writes never happen.
                    return;
                }

                // It runs at its first call (or where it is written, when that comes first); a loop around the function
                // body is not a loop around the call.
                end = Math.Min(end, call);
                killScope = null;
                loop = null;
                break;
            }
            else if (current is IAnonymousFunctionOperation)
            {
                // A lambda may run later, or again: its writes add to the variable, never replace it.
                killScope = null;
                loop = null;
                break;
            }
        }

        if (!_writes.TryGetValue(variable, out var list))
        {
            list = [];
            _writes.Add(variable, list);
        }

        list.Add(new VariableWrite(value, end, killScope, loop));
    }

    /// <summary>The variable a fluent chain starts from: <c>sb</c> in <c>sb.Append(a).Append(b)</c>.</summary>
    private ISymbol? ChainRoot(IOperation receiver)
    {
        while (receiver is IInvocationOperation { Instance: { } inner } call && Accumulates(call.Type))
        {
            receiver = inner;
        }

        return VariableOf(receiver);
    }

    private bool Accumulates(ITypeSymbol? type) =>
        type is not null && type.SpecialType != SpecialType.System_String
        && (KnownSymbols.InheritsFrom(type, _known.StringBuilder)
            || KnownSymbols.InheritsFrom(type, _known.TextWriter)
            || KnownSymbols.IsOrImplements(type, _known.IEnumerable));

    [MethodImpl(HotPath.Optimized)]
    private static ISymbol? VariableOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => local.Local,
        _ => null,
    };

    private static IOperation? PatternInput(IOperation pattern)
    {
        for (var current = pattern.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Value;
                case ISwitchOperation switchStatement:
                    return switchStatement.Value;
                case IPatternOperation or ISwitchExpressionArmOperation or IPatternCaseClauseOperation or ISwitchCaseOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The block a plain assignment always runs in, or <see langword="null"/> when a branch, loop condition,
    /// short-circuit or lambda lies between the assignment and its block.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static SyntaxNode? KillScopeOf(IOperation write)
    {
        for (var current = write.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IBlockOperation block:
                    return block.Syntax;
                case IConditionalOperation or ILoopOperation or ISwitchCaseOperation or ICatchClauseOperation
                    or ICoalesceOperation or IConditionalAccessOperation or IAnonymousFunctionOperation
                    or ILocalFunctionOperation or ISwitchExpressionOperation:
                    return null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }:
                    return null;
            }
        }

        return null;
    }
}
