using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The members (fields, properties, captured primary-constructor parameters) that a type's string form reads, whatever
/// they hold: its own <c>ToString</c> or <c>PrintMembers</c> (and the members and methods of its own those call), a
/// record's generated printing (its public members and its base records'), or nothing for a class that prints its type
/// name. Computed once per type of the compilation.
/// </summary>
/// <remarks>
/// Unknown (<see langword="null"/>) when the string form cannot be read: a body outside this compilation, a framework
/// base type with its own <c>ToString</c>, <c>this</c> handed to other code, a virtual call. The caller then falls back
/// to treating every argument as carried (fail closed).
/// </remarks>
internal sealed class PrintedMembers
{
    private const int MaxCallDepth = 4;

    private static readonly HashSet<ISymbol> Unknown = new(SymbolEqualityComparer.Default);

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, HashSet<ISymbol>> _byType = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, HashSet<ISymbol>> _compute;

    public PrintedMembers(Compilation compilation)
    {
        _compilation = compilation;
        _compute = type => Compute(type) ?? Unknown;
    }

    /// <summary>What the string form of <paramref name="type"/> reads, or <see langword="null"/> when unknown.</summary>
    public HashSet<ISymbol>? Of(INamedTypeSymbol type)
    {
        var read = _byType.GetOrAdd(type.OriginalDefinition, _compute);
        return ReferenceEquals(read, Unknown) ? null : read;
    }

    private HashSet<ISymbol>? Compute(INamedTypeSymbol type)
    {
        var read = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                return read;
            }

            if (current.DeclaringSyntaxReferences.IsEmpty)
            {
                // A library base type: what it prints cannot be read, unless it prints only its type name.
                return DeclaresToString(current) ? null : read;
            }

            var continues = false;
            var written = PersonalDataClassifier.WrittenPrinting(current);
            foreach (var method in written)
            {
                if (!Read(method, type, read, depth: 0, out var callsBase))
                {
                    return null;
                }

                continues |= callsBase;
            }

            if (written.Count > 0)
            {
                if (!continues)
                {
                    return read;
                }
            }
            else if (current.IsRecord)
            {
                AddPrinted(current, read);
            }

            // A class without its own ToString prints what its base prints.
        }

        return read;
    }

    /// <summary>The members a record prints and a serializer writes: public fields and properties with a public getter.</summary>
    private static void AddPrinted(INamedTypeSymbol type, HashSet<ISymbol> read)
    {
        foreach (var member in type.GetMembers())
        {
            if (Rules.RecordPrintsPersonalDataAnalyzer.IsPrinted(member))
            {
                read.Add(member.OriginalDefinition);
            }
        }
    }

    private static void AddPublicMembers(INamedTypeSymbol type, HashSet<ISymbol> read)
    {
        for (var current = type; current is not null && !current.DeclaringSyntaxReferences.IsEmpty; current = current.BaseType)
        {
            AddPrinted(current, read);
        }
    }

    private static bool DeclaresToString(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (OverridesToString(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> itself (not a base type) overrides <c>ToString()</c>.</summary>
    internal static bool OverridesToString(ITypeSymbol type)
    {
        foreach (var member in type.GetMembers("ToString"))
        {
            if (member is IMethodSymbol { IsOverride: true, Parameters.IsEmpty: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds what <paramref name="method"/>'s body reads of its instance to <paramref name="read"/>; false when it cannot be read.</summary>
    private bool Read(IMethodSymbol method, INamedTypeSymbol printedType, HashSet<ISymbol> read, int depth, out bool callsBase)
    {
        callsBase = false;
        if (depth > MaxCallDepth || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (MethodSummaries.IsAutoPropertyAccessor(syntax))
        {
            return true; // the getter reads the property itself
        }

        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return false;
        }

#pragma warning disable RS1030 // What a type prints needs its ToString's body; each type is read once and cached.
        var body = _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
#pragma warning restore RS1030
        if (body is null)
        {
            return false;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation { Instance: IInstanceReferenceOperation instance } call when IsThis(instance):
                    if (call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } })
                    {
                        // base.ToString() or base.PrintMembers(builder): the base type's form is printed too.
                        if (call.TargetMethod.Name is not ("ToString" or "PrintMembers"))
                        {
                            return false;
                        }

                        callsBase = true;
                    }
                    else if (call.TargetMethod.IsVirtual || call.TargetMethod.IsAbstract || !Read(call.TargetMethod, printedType, read, depth + 1, out _))
                    {
                        return false;
                    }

                    break;
                case IMemberReferenceOperation { Instance: IInstanceReferenceOperation instance, Member: IFieldSymbol or IPropertySymbol } reference when IsThis(instance):
                    read.Add(reference.Member.OriginalDefinition);
                    if (reference.Member is IPropertySymbol { GetMethod: { } getter } && !Read(getter, printedType, read, depth + 1, out _))
                    {
                        return false;
                    }

                    break;
                case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } captured:
                    read.Add(captured.Parameter.OriginalDefinition);
                    break;
                case IInstanceReferenceOperation instance when IsThis(instance) && !IsReceiver(instance):
                    if (ArgumentParent(instance) is IArgumentOperation { Parent: IInvocationOperation serializer } && PersonalDataFlow.IsSerializer(serializer.TargetMethod))
                    {
                        // Serialize(this): every public member is written.
                        AddPublicMembers(printedType, read);
                        break;
                    }

                    // this handed to other code (a helper, a formatter): what that prints cannot be read here.
                    return false;
            }
        }

        return true;
    }

    private static IOperation? ArgumentParent(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static bool IsThis(IInstanceReferenceOperation instance) => instance.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance;

    private static bool IsReceiver(IInstanceReferenceOperation instance) => instance.Parent switch
    {
        IMemberReferenceOperation member => ReferenceEquals(member.Instance, instance),
        IInvocationOperation invocation => ReferenceEquals(invocation.Instance, instance),
        _ => false,
    };
}
