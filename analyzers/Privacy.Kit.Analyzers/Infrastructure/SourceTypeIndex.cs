using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The types declared in one compilation, by the base types and interfaces they derive from: what a value typed as
/// an interface, an abstract class or a base record may be at run time. Built once per compilation, on first use.
/// </summary>
internal sealed class SourceTypeIndex
{
    private static readonly INamedTypeSymbol[] None = [];

    private readonly Dictionary<ITypeSymbol, List<INamedTypeSymbol>> _derived = new(SymbolEqualityComparer.Default);

    public SourceTypeIndex(Compilation compilation)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol type)
                {
                    Index(type);
                }
            }
        }
    }

    public IReadOnlyList<INamedTypeSymbol> DerivedFrom(ITypeSymbol type) =>
        _derived.TryGetValue(type.OriginalDefinition, out var derived) ? derived : None;

    private void Index(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType == SpecialType.None; baseType = baseType.BaseType)
        {
            Add(baseType.OriginalDefinition, type);
        }

        foreach (var implemented in type.AllInterfaces)
        {
            Add(implemented.OriginalDefinition, type);
        }
    }

    private void Add(ITypeSymbol key, INamedTypeSymbol type)
    {
        if (!_derived.TryGetValue(key, out var list))
        {
            list = [];
            _derived.Add(key, list);
        }

        list.Add(type);
    }
}
