using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The <see cref="ConstructionSummary"/> of every constructor of the compilation that a traced value passes through,
/// computed once per constructor on first use and cached: which parameters it stores into which members (through
/// assignments, collection adds, <c>this(...)</c>/<c>base(...)</c> calls, a primary constructor's positional
/// properties, initialisers and captures), set against what the type's string form reads (<see cref="PrintedMembers"/>).
/// </summary>
/// <remarks>
/// None (<see langword="null"/>) for a constructor outside the compilation or one whose stores cannot be read (a
/// parameter handed to an instance method, <c>this</c> handed out, a deconstruction): the caller treats every argument
/// as carried, as before summaries. Thread-safe; recursion is cut.
/// </remarks>
internal sealed class ConstructionSummaries
{
    private static readonly ConstructionSummary None = new([], [], [], [], new HashSet<ISymbol>(SymbolEqualityComparer.Default));
    private static readonly List<(ISymbol Member, int Ordinal, string? Kind)> NotReadable = [];

    [ThreadStatic]
    private static HashSet<IMethodSymbol>? inProgress;

    private readonly Compilation _compilation;
    private readonly MethodSummaries _methods;
    private readonly Func<SyntaxTree, PersonalDataClassifier> _classifierFor;
    private readonly PrintedMembers _printed;
    private readonly ConcurrentDictionary<IMethodSymbol, ConstructionSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, List<(ISymbol Member, int Ordinal, string? Kind)>> _stored = new(SymbolEqualityComparer.Default);

    public ConstructionSummaries(Compilation compilation, MethodSummaries methods, Func<SyntaxTree, PersonalDataClassifier> classifierFor)
    {
        _compilation = compilation;
        _methods = methods;
        _classifierFor = classifierFor;
        _printed = new PrintedMembers(compilation);
    }

    /// <summary>The summary of <paramref name="constructor"/>, or <see langword="null"/> when it cannot be had.</summary>
    public ConstructionSummary? Get(IMethodSymbol constructor)
    {
        constructor = constructor.OriginalDefinition;
        if (constructor.MethodKind != MethodKind.Constructor || (constructor.DeclaringSyntaxReferences.Length != 1 && !IsImplicitInSource(constructor)))
        {
            return null;
        }

        if (!_summaries.TryGetValue(constructor, out var summary))
        {
            summary = Compute(constructor) ?? None;
            _summaries.TryAdd(constructor, summary);
        }

        return ReferenceEquals(summary, None) ? null : summary;
    }

    private ConstructionSummary? Compute(IMethodSymbol constructor)
    {
        if (Stored(constructor) is not { } stored || _printed.Of(constructor.ContainingType) is not { } printed)
        {
            return null;
        }

        var printedParameters = new List<int>();
        var printedKinds = new List<string>();
        foreach (var (member, ordinal, kind) in stored)
        {
            if (!printed.Contains(member))
            {
                continue;
            }

            if (kind is not null)
            {
                AddOnce(printedKinds, kind);
            }
            else if (!printedParameters.Contains(ordinal))
            {
                printedParameters.Add(ordinal);
            }
        }

        var held = new List<(int Ordinal, string Member)>();
        var heldKinds = new List<(string Member, string Kind)>();
        foreach (var (member, ordinal, kind) in stored)
        {
            if (printed.Contains(member) || member is not (IFieldSymbol or IPropertySymbol) || member.DeclaredAccessibility != Accessibility.Public || member.IsStatic)
            {
                continue;
            }

            if (kind is not null)
            {
                heldKinds.Add((member.Name, kind));
            }
            else if (!printedParameters.Contains(ordinal))
            {
                held.Add((ordinal, member.Name));
            }
        }

        return new ConstructionSummary(printedParameters, held, printedKinds, heldKinds, printed);
    }

    private static void AddOnce(List<string> kinds, string kind)
    {
        if (!kinds.Contains(kind))
        {
            kinds.Add(kind);
        }
    }

    /// <summary>The members each parameter of <paramref name="constructor"/> is stored into, or <see langword="null"/>.</summary>
    private List<(ISymbol Member, int Ordinal, string? Kind)>? Stored(IMethodSymbol constructor)
    {
        if (_stored.TryGetValue(constructor, out var known))
        {
            return ReferenceEquals(known, NotReadable) ? null : known;
        }

        inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!inProgress.Add(constructor))
        {
            return null;
        }

        try
        {
            var stored = StoredUncached(constructor) ?? NotReadable;
            _stored.TryAdd(constructor, stored);
            return ReferenceEquals(stored, NotReadable) ? null : stored;
        }
        finally
        {
            inProgress.Remove(constructor);
        }
    }

    /// <summary>The parameterless constructor the compiler adds to a type of this compilation: it stores nothing.</summary>
    private static bool IsImplicitInSource(IMethodSymbol constructor) =>
        constructor.IsImplicitlyDeclared && constructor.Parameters.IsEmpty && !constructor.ContainingType.DeclaringSyntaxReferences.IsEmpty;

    private List<(ISymbol Member, int Ordinal, string? Kind)>? StoredUncached(IMethodSymbol constructor)
    {
        if (IsImplicitInSource(constructor))
        {
            return [];
        }

        if (constructor.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = constructor.DeclaringSyntaxReferences[0].GetSyntax();
        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // What a constructor stores needs its body; it is bound once per constructor and cached.
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        var stored = new List<(ISymbol Member, int Ordinal, string? Kind)>();
        var body = model.GetOperation(syntax);
        if (syntax is TypeDeclarationSyntax declaration)
        {
            // A primary constructor: its parameters are captured where the type reads them, stored into a record's
            // positional properties, and read by member initialisers.
            var type = constructor.ContainingType;
            foreach (var parameter in constructor.Parameters)
            {
                stored.Add((parameter, parameter.Ordinal, null));
                if (type.IsRecord && PositionalProperty(type, parameter) is { } property)
                {
                    stored.Add((property, parameter.Ordinal, null));
                }
            }

            if (!StoreInitializers(constructor, stored)
                || (declaration.BaseList?.Types.Count > 0 && declaration.BaseList.Types[0] is PrimaryConstructorBaseTypeSyntax && body is null))
            {
                return null;
            }
        }
        else if (syntax is not ConstructorDeclarationSyntax || body is null)
        {
            return null;
        }

        return body is null || Store(constructor, body, stored) ? stored : null;
    }

    private static IPropertySymbol? PositionalProperty(INamedTypeSymbol type, IParameterSymbol parameter)
    {
        foreach (var member in type.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property && property.DeclaringSyntaxReferences.Length == 1
                && parameter.DeclaringSyntaxReferences.Length == 1
                && property.DeclaringSyntaxReferences[0].Span == parameter.DeclaringSyntaxReferences[0].Span)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The field and property initialisers of a primary constructor's type that read its parameters.</summary>
    private bool StoreInitializers(IMethodSymbol constructor, List<(ISymbol Member, int Ordinal, string? Kind)> stored)
    {
        foreach (var member in constructor.ContainingType.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared || member is not (IFieldSymbol or IPropertySymbol) || member.DeclaringSyntaxReferences.Length != 1)
            {
                continue;
            }

            var initializer = member.DeclaringSyntaxReferences[0].GetSyntax() switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (initializer is null)
            {
                continue;
            }

#pragma warning disable RS1030 // As above: once per constructor, cached.
            var operation = _compilation.GetSemanticModel(initializer.SyntaxTree).GetOperation(initializer);
#pragma warning restore RS1030
            if (operation is ISymbolInitializerOperation { Value: { } value })
            {
                var flow = FlowOf(constructor, operation);
                AddParameters(flow.Trace(value), member, stored);
            }
        }

        return true;
    }

    /// <summary>What a constructor body stores of its parameters; false when a store cannot be followed.</summary>
    private bool Store(IMethodSymbol constructor, IOperation body, List<(ISymbol Member, int Ordinal, string? Kind)> stored)
    {
        var flow = FlowOf(constructor, body);
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation instance, Member: IFieldSymbol or IPropertySymbol } target } assignment
                    when instance.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance:
                    if (HasWrittenSetter(target.Member) && CarriesParameter(flow, assignment.Value))
                    {
                        return false; // the setter's body decides where the value goes
                    }

                    AddParameters(flow.Trace(assignment.Value), target.Member, stored);
                    break;
                case IDeconstructionAssignmentOperation deconstruction when CarriesParameter(flow, deconstruction.Value):
                    return false;
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } chained:
                    // this(...) or base(...): what the called constructor stores, of the arguments passed here.
                    if (chained.TargetMethod.ContainingType.SpecialType == SpecialType.System_Object)
                    {
                        break;
                    }

                    if (Stored(chained.TargetMethod.OriginalDefinition) is not { } callee)
                    {
                        if (AnyArgumentCarriesParameter(flow, chained.Arguments))
                        {
                            return false;
                        }

                        break;
                    }

                    foreach (var (member, ordinal, kind) in callee)
                    {
                        if (kind is not null)
                        {
                            Add(stored, member, ordinal, kind);
                        }
                        else
                        {
                            AddParameters(flow.Trace(ArgumentFor(chained.Arguments, ordinal)), member, stored);
                        }
                    }

                    break;
                case IInvocationOperation { Instance: IMemberReferenceOperation { Instance: IInstanceReferenceOperation owner, Member: IFieldSymbol or IPropertySymbol } collection } add
                    when owner.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance:
                    // _names.Add(name): the member holds it.
                    foreach (var argument in add.Arguments)
                    {
                        AddParameters(flow.Trace(argument.Value), collection.Member, stored);
                    }

                    break;
                case IInvocationOperation { Instance: IInstanceReferenceOperation } call when AnyArgumentCarriesParameter(flow, call.Arguments):
                    // Init(name): an instance method may store it anywhere.
                    return false;
                case IArgumentOperation { Value: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } }:
                    // this handed to other code while it is built.
                    return false;
            }
        }

        return true;
    }

    private static bool HasWrittenSetter(ISymbol member) =>
        member is IPropertySymbol { SetMethod.DeclaringSyntaxReferences: { Length: 1 } setter }
        && setter[0].GetSyntax() is AccessorDeclarationSyntax accessor && (accessor.Body is not null || accessor.ExpressionBody is not null);

    private PersonalDataFlow FlowOf(IMethodSymbol constructor, IOperation body) =>
        new(_classifierFor(body.Syntax.SyntaxTree), _methods, ImmutableArray.Create(body), constructor);

    private static bool CarriesParameter(PersonalDataFlow flow, IOperation value)
    {
        for (var origin = flow.Trace(value); origin is not null; origin = origin.Next)
        {
            if (origin.IsParameter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyArgumentCarriesParameter(PersonalDataFlow flow, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (CarriesParameter(flow, argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records what <paramref name="origin"/> stores into <paramref name="member"/>: parameters by ordinal, the rest by kind.</summary>
    private static void AddParameters(PersonalDataOrigin? origin, ISymbol member, List<(ISymbol Member, int Ordinal, string? Kind)> stored)
    {
        for (var current = origin; current is not null; current = current.Next)
        {
            if (current.IsParameter)
            {
                Add(stored, member.OriginalDefinition, current.ParameterOrdinal, null);
            }
            else if (!current.IsWholeObject)
            {
                Add(stored, member.OriginalDefinition, -1, current.Kind);
            }
        }
    }

    private static void Add(List<(ISymbol Member, int Ordinal, string? Kind)> stored, ISymbol member, int ordinal, string? kind)
    {
        foreach (var (known, knownOrdinal, knownKind) in stored)
        {
            if (knownOrdinal == ordinal && knownKind == kind && SymbolEqualityComparer.Default.Equals(known, member))
            {
                return;
            }
        }

        stored.Add((member, ordinal, kind));
    }

    /// <summary>The value passed for parameter <paramref name="ordinal"/>, or <see langword="null"/>.</summary>
    internal static IOperation? ArgumentFor(ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
