using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Decides whether a declaration is personal data, and whether a type holds personal data, for one compilation and
/// one set of options. Thread-safe; what types hold is cached.
/// </summary>
/// <remarks>
/// Sources, strongest first: <c>[NotPersonalData]</c> or Microsoft's <c>[NoDataClassification]</c> make a declaration
/// clean; an attribute deriving from Microsoft's <c>DataClassificationAttribute</c> (any taxonomy) or ASP.NET Core
/// Identity's <c>[PersonalData]</c>/<c>[ProtectedPersonalData]</c> make it personal data of that kind; otherwise the
/// name heuristics decide, for types that can carry an identifier (strings, dates, numbers, addresses).
/// </remarks>
internal sealed class PersonalDataClassifier
{
    private const int MaxNestingDepth = 4;

    private readonly ConcurrentDictionary<ITypeSymbol, HeldPersonalData?> _heldByType = new(SymbolEqualityComparer.Default);

    public PersonalDataClassifier(KnownSymbols known, PrivacyKitOptions options)
    {
        Known = known;
        Options = options;
    }

    public KnownSymbols Known { get; }

    public PrivacyKitOptions Options { get; }

    /// <summary>
    /// The personal data <paramref name="symbol"/> (field, property, parameter, local, or a method's return value)
    /// declares, or <see langword="null"/>.
    /// </summary>
    public PersonalDataSource? Classify(ISymbol symbol)
    {
        var attributed = FromAttributes(symbol);
        if (attributed is { } decided)
        {
            return decided.IsPersonal ? new PersonalDataSource(decided.Kind!, fromName: false) : null;
        }

        var type = TypeOf(symbol);
        if (Options.Heuristics is { } heuristics && type is not null && CanCarryIdentifier(type) && !symbol.IsImplicitlyDeclared)
        {
            var name = symbol is IMethodSymbol method ? NameOfGetter(method) : symbol.Name;
            if (name is not null && heuristics.Match(name) is { } kind)
            {
                return new PersonalDataSource(kind, fromName: true);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="symbol"/> says explicitly that it is not personal data.</summary>
    public bool IsDeclaredNotPersonal(ISymbol symbol) => FromAttributes(symbol) is { IsPersonal: false };

    /// <summary>Whether <paramref name="symbol"/> carries a data classification attribute (so log redaction applies).</summary>
    public bool HasDataClassification(ISymbol symbol)
    {
        foreach (var attribute in AttributesOf(symbol))
        {
            var attributeClass = attribute.AttributeClass;
            if (KnownSymbols.InheritsFrom(attributeClass, Known.DataClassificationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The personal data an object of <paramref name="type"/> holds in its members (directly, in nested objects or in
    /// collection elements), or <see langword="null"/>. Strings, primitives and framework types hold none.
    /// </summary>
    public HeldPersonalData? HeldBy(ITypeSymbol type) => HeldBy(type, depth: 0, visiting: null);

    /// <summary>Whether <paramref name="type"/> can carry an identifier the name heuristics should look at.</summary>
    public bool CanCarryIdentifier(ITypeSymbol type)
    {
        if (ElementType(type) is { } element)
        {
            return CanCarryIdentifier(element);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
            case SpecialType.System_DateTime:
                return true;
            case SpecialType.None:
                break;
            default:
                return false;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, Known.ReadOnlySpan)
                || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, Known.ReadOnlyMemory)))
        {
            var argument = generic.TypeArguments[0];
            return argument.SpecialType == SpecialType.System_Char || CanCarryIdentifier(argument);
        }

        return IsOneOf(type, Known.DateTimeOffset, Known.DateOnly, Known.MailAddress, Known.IPAddress);
    }

    /// <summary>The element type of an array or of a generic collection, or <see langword="null"/>.</summary>
    public ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            // char[] is text, not a collection of identifiers.
            return array.ElementType.SpecialType == SpecialType.System_Char ? null : array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named || Known.IEnumerable is null)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Known.IEnumerable))
        {
            return named.TypeArguments[0];
        }

        foreach (var implemented in named.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, Known.IEnumerable))
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsOneOf(ITypeSymbol type, params INamedTypeSymbol?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    /// <summary>A method's name says what it returns only when it is a getter: <c>GetEmail</c>, <c>GetEmailAsync</c>.</summary>
    private static string? NameOfGetter(IMethodSymbol method)
    {
        var name = method.Name;
        if (!name.StartsWith("Get", StringComparison.Ordinal) || name.Length == 3 || !char.IsUpper(name[3]))
        {
            return null;
        }

        name = name.Substring(3);
        return name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
    }

    private (bool IsPersonal, string? Kind)? FromAttributes(ISymbol symbol)
    {
        (bool IsPersonal, string? Kind)? found = null;
        foreach (var attribute in AttributesOf(symbol))
        {
            var attributeClass = attribute.AttributeClass;
            if (attributeClass is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(attributeClass, Known.NotPersonalDataAttribute)
                || SymbolEqualityComparer.Default.Equals(attributeClass, Known.NoDataClassificationAttribute))
            {
                return (false, null);
            }

            if (found is null && KnownSymbols.InheritsFrom(attributeClass, Known.DataClassificationAttribute))
            {
                // Unknown classification is not a statement that the data is clean: fail closed.
                found = SymbolEqualityComparer.Default.Equals(attributeClass, Known.UnknownDataClassificationAttribute)
                    ? (true, PersonalDataKinds.PersonalData)
                    : (true, PersonalDataKinds.FromAttributeName(attributeClass.Name));
            }
            else if (found is null && KnownSymbols.InheritsFrom(attributeClass, Known.IdentityPersonalDataAttribute))
            {
                found = (true, PersonalDataKinds.PersonalData);
            }
        }

        return found;
    }

    /// <summary>
    /// The attributes of a declaration, including those a positional record puts on its parameter rather than on the
    /// property it generates, and those on a method's return value.
    /// </summary>
    private static IEnumerable<AttributeData> AttributesOf(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            return method.GetReturnTypeAttributes();
        }

        if (symbol is IPropertySymbol property && PrimaryConstructorParameter(property) is { } parameter)
        {
            return property.GetAttributes().Concat(parameter.GetAttributes());
        }

        return symbol.GetAttributes();
    }

    private static IParameterSymbol? PrimaryConstructorParameter(IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax parameterSyntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name
                    && parameter.DeclaringSyntaxReferences.Length == 1
                    && parameter.DeclaringSyntaxReferences[0].GetSyntax() == parameterSyntax)
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    private HeldPersonalData? HeldBy(ITypeSymbol type, int depth, HashSet<ITypeSymbol>? visiting)
    {
        if (depth > MaxNestingDepth)
        {
            return null;
        }

        if (IsFrameworkOrSimple(type))
        {
            // A framework container (List<Customer>, Dictionary<string, Customer>, Task<Customer>, tuples) holds what
            // its type arguments hold; a framework service (ILogger<CustomerService>, IOptions<T>) does not.
            return type is INamedTypeSymbol { IsGenericType: true } container && IsContainer(container)
                ? HeldInTypeArguments(container, depth, visiting)
                : null;
        }

        if (depth == 0 && _heldByType.TryGetValue(type, out var cached))
        {
            return cached;
        }

        visiting ??= new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        if (!visiting.Add(type))
        {
            return null;
        }

        var held = HeldInMembers(type, depth, visiting);
        visiting.Remove(type);
        if (depth == 0)
        {
            _heldByType.TryAdd(type, held);
        }

        return held;
    }

    private HeldPersonalData? HeldInMembers(ITypeSymbol type, int depth, HashSet<ITypeSymbol> visiting)
    {
        if (type is ITypeParameterSymbol || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Pointer or TypeKind.Dynamic)
        {
            return null;
        }

        if (type is IArrayTypeSymbol array)
        {
            return HeldBy(array.ElementType, depth + 1, visiting);
        }

        // A type can be classified as a whole ([PersonalData] class CallRecording) or declared clean.
        if (FromAttributes(type) is { } onType)
        {
            return onType.IsPersonal ? new HeldPersonalData(type.Name, onType.Kind!) : null;
        }

        for (var current = type; current is not null && !IsFrameworkOrSimple(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }))
                {
                    continue;
                }

                if (Classify(member) is { } source
                    && (!source.FromName || member.DeclaredAccessibility == Accessibility.Public))
                {
                    return new HeldPersonalData(current.Name + "." + member.Name, source.Kind);
                }

                if (IsDeclaredNotPersonal(member))
                {
                    continue;
                }

                var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
                if (HeldBy(memberType, depth + 1, visiting) is { } nested)
                {
                    return nested;
                }
            }
        }

        return type is INamedTypeSymbol { IsGenericType: true } generic ? HeldInTypeArguments(generic, depth, visiting) : null;
    }

    private HeldPersonalData? HeldInTypeArguments(INamedTypeSymbol generic, int depth, HashSet<ITypeSymbol>? visiting)
    {
        foreach (var argument in generic.TypeArguments)
        {
            if (HeldBy(argument, depth + 1, visiting) is { } inArgument)
            {
                return inArgument;
            }
        }

        return null;
    }

    private bool IsContainer(INamedTypeSymbol type) =>
        type.IsTupleType
        || type.Name is "Nullable" or "Task" or "ValueTask" or "KeyValuePair" or "Tuple" or "Lazy"
        || ElementType(type) is not null;

    /// <summary>Primitives, strings and the framework's own types (System.*, Microsoft.*) hold no user data themselves.</summary>
    private static bool IsFrameworkOrSimple(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate)
        {
            return true;
        }

        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is not null && !ns.IsGlobalNamespace && ns.Name is "System" or "Microsoft";
    }
}
