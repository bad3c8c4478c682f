using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Members joined into groups by the calls between them (union-find): the members of one group set up the same
/// service registration. Single-threaded; built at compilation end.
/// </summary>
internal sealed class RegistrationGroups
{
    private readonly Dictionary<ISymbol, ISymbol> _parent = new(SymbolEqualityComparer.Default);

    /// <summary>The representative of the group of <paramref name="member"/> (itself when it joined none).</summary>
    public ISymbol Find(ISymbol member)
    {
        var root = member;
        while (_parent.TryGetValue(root, out var parent) && !SymbolEqualityComparer.Default.Equals(parent, root))
        {
            root = parent;
        }

        // Path compression keeps later look-ups short.
        while (!SymbolEqualityComparer.Default.Equals(member, root) && _parent.TryGetValue(member, out var next))
        {
            _parent[member] = root;
            member = next;
        }

        return root;
    }

    public void Join(ISymbol first, ISymbol second)
    {
        var a = Find(first);
        var b = Find(second);
        if (!SymbolEqualityComparer.Default.Equals(a, b))
        {
            _parent[a] = b;
        }
    }
}
