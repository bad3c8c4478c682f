using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Where a pseudonymization or HMAC key goes (PK4002), and which calls only re-encode a literal key, for one
/// compilation. A type the compilation does not reference is <see langword="null"/> and matches nothing.
/// </summary>
internal sealed class KeyTargets(
    INamedTypeSymbol? hmacRedactorOptions,
    INamedTypeSymbol? keyedHashAlgorithm,
    INamedTypeSymbol? incrementalHash,
    INamedTypeSymbol? convert,
    INamedTypeSymbol? encoding)
{
    private const string Key = "Key";

    /// <summary><c>HmacRedactorOptions.Key</c>, <c>KeyedHashAlgorithm.Key</c> or a <c>...Key</c> property of a Privacy.Kit pseudonymization type.</summary>
    public bool IsKeyProperty(IPropertySymbol property) =>
        property.Name == Key
            ? KnownSymbols.InheritsFrom(property.ContainingType, hmacRedactorOptions) || KnownSymbols.InheritsFrom(property.ContainingType, keyedHashAlgorithm) || IsPrivacyKitKeyed(property.ContainingType)
            : property.Name.EndsWith(Key, StringComparison.Ordinal) && IsPrivacyKitKeyed(property.ContainingType);

    /// <summary>The <c>key</c> parameter of an HMAC constructor or hashing method, or of a Privacy.Kit pseudonymization type's method.</summary>
    public bool IsKeyParameter(IMethodSymbol method, IParameterSymbol parameter)
    {
        if (!parameter.Name.EndsWith("key", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var type = method.ContainingType;
        return parameter.Name == "key"
            && (KnownSymbols.InheritsFrom(type, keyedHashAlgorithm) || (SymbolEqualityComparer.Default.Equals(type, incrementalHash) && method.Name == "CreateHMAC"))
            || IsPrivacyKitKeyed(type);
    }

    /// <summary><c>Convert.FromBase64String("...")</c>, <c>Encoding.UTF8.GetBytes("...")</c>: a literal key re-encoded is still a literal key.</summary>
    public bool Decodes(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType, convert)
            ? method.Name is "FromBase64String" or "FromHexString" or "ToBase64String" or "ToHexString"
            : method.Name == "GetBytes" && KnownSymbols.InheritsFrom(method.ContainingType, encoding);

    /// <summary>A Privacy.Kit type whose name says it pseudonymizes or keys an HMAC.</summary>
    private static bool IsPrivacyKitKeyed(INamedTypeSymbol? type)
    {
        if (type is null || (type.Name.IndexOf("Pseudonym", StringComparison.Ordinal) < 0 && type.Name.IndexOf("Hmac", StringComparison.Ordinal) < 0))
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "Privacy" } && type.ContainingNamespace.ToDisplayString().StartsWith("Privacy.Kit", StringComparison.Ordinal);
    }
}
