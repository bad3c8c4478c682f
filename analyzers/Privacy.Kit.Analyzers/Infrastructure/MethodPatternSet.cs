using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Methods named in <c>.editorconfig</c>: <c>Namespace.Type.Method</c> for one method (every overload), or
/// <c>Namespace.Type.*</c> for every method of a type. Nested types are written with dots, generic types without
/// their type parameters. A call matches when the called method, a method it overrides or an interface method it
/// implements matches.
/// </summary>
internal sealed class MethodPatternSet
{
    private static readonly SymbolDisplayFormat TypeNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private readonly HashSet<string> _methods;
    private readonly HashSet<string> _types;

    private MethodPatternSet(HashSet<string> methods, HashSet<string> types)
    {
        _methods = methods;
        _types = types;
    }

    public static MethodPatternSet Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    public bool IsEmpty => _methods.Count == 0 && _types.Count == 0;

    /// <summary>Parses a comma- or semicolon-separated list; blanks are ignored.</summary>
    public static MethodPatternSet Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Empty;
        }

        var methods = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in value!.Split(',', ';'))
        {
            var pattern = raw.Trim();
            if (pattern.StartsWith("global::", StringComparison.Ordinal))
            {
                pattern = pattern.Substring("global::".Length);
            }

            if (pattern.EndsWith(".*", StringComparison.Ordinal))
            {
                types.Add(pattern.Substring(0, pattern.Length - 2));
            }
            else if (pattern.Length > 0)
            {
                methods.Add(pattern);
            }
        }

        return new MethodPatternSet(methods, types);
    }

    [MethodImpl(HotPath.Optimized)]
    public bool Matches(IMethodSymbol method)
    {
        if (IsEmpty)
        {
            return false;
        }

        method = method.ReducedFrom ?? method;
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (MatchesExactly(current))
            {
                return true;
            }
        }

        var containingType = method.ContainingType;
        if (containingType is null)
        {
            return false;
        }

        foreach (var @interface in containingType.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (member is IMethodSymbol interfaceMethod
                    && MatchesExactly(interfaceMethod)
                    && SymbolEqualityComparer.Default.Equals(containingType.FindImplementationForInterfaceMember(interfaceMethod), method.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        // A call through the interface itself was matched above as the method; an interface's own method whose
        // interface is listed as Type.* is covered by MatchesExactly.
        return false;
    }

    private bool MatchesExactly(IMethodSymbol method)
    {
        if (method.ContainingType is not { } type)
        {
            return false;
        }

        var typeName = type.ToDisplayString(TypeNameFormat);
        return _types.Contains(typeName) || _methods.Contains(typeName + "." + method.Name);
    }
}
