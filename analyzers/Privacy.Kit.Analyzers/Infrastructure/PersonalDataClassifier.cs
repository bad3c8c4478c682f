using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

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

    private static readonly HeldPersonalData NothingPrinted = new(string.Empty, string.Empty);

    private readonly ConcurrentDictionary<ITypeSymbol, HeldPersonalData?> _heldByType = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, HeldPersonalData> _printedByType = new(SymbolEqualityComparer.Default);

    // Every rule asks about the same members many times (each reference of customer.Email in each body): the answers
    // are computed once per symbol. Keys are symbols of one compilation, so the caches die with it.
    private readonly ConcurrentDictionary<ISymbol, PersonalDataSource?> _classified = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, DeclaredClassification?> _fromAttributes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _notPersonalOwners = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, (IParameterSymbol Parameter, SyntaxReference Declaration)[]> _declaredParameters = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, (IParameterSymbol Parameter, SyntaxReference Declaration)[]> _declaredParametersOf = DeclaredParametersOf;
    private readonly Func<ISymbol, PersonalDataSource?> _classify;
    private readonly Func<ISymbol, DeclaredClassification?> _fromAttributesOf;
    private readonly Func<ITypeSymbol, bool> _isNotPersonalOwner;

    public PersonalDataClassifier(KnownSymbols known, PrivacyKitOptions options)
    {
        Known = known;
        Options = options;
        _classify = ClassifyUncached;
        _fromAttributesOf = FromAttributesUncached;
        _isNotPersonalOwner = IsNotPersonalOwner;
    }

    public KnownSymbols Known { get; }

    public PrivacyKitOptions Options { get; }

    /// <summary>
    /// The personal data <paramref name="symbol"/> (field, property, parameter, local, or a method's return value)
    /// declares, or <see langword="null"/>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataSource? Classify(ISymbol symbol) => _classified.GetOrAdd(symbol, _classify);

    [MethodImpl(HotPath.Optimized)]
    private PersonalDataSource? ClassifyUncached(ISymbol symbol)
    {
        var attributed = FromAttributes(symbol);
        var type = TypeOf(symbol);
        if (attributed is { } decided)
        {
            return !decided.IsPersonal || (decided.Kind == PersonalDataKinds.PersonalData && IsPseudonymousId(symbol, type)) || IsDeclaredPseudonym(decided.Kind)
                ? null
                : new PersonalDataSource(decided.Kind!, fromName: false);
        }

        if (type is not null && CanCarryIdentifier(type) && !symbol.IsImplicitlyDeclared && KindByName(symbol) is { } kind
            && !(kind == PersonalDataKinds.PersonalData && IsPseudonymousId(symbol, type)) && !IsNumberForTextKind(kind, type))
        {
            return new PersonalDataSource(kind, fromName: true);
        }

        return null;
    }

    /// <summary>
    /// The kind the name heuristics read in <paramref name="symbol"/>'s name (a member's on its type, a method's as a
    /// getter), or <see langword="null"/>: only the name is read, no attribute or type. <see cref="Classify"/> reports a
    /// kind from the name only when this gives one.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public string? KindByName(ISymbol symbol)
    {
        if (Options.Heuristics is not { } heuristics)
        {
            return null;
        }

        var name = symbol is IMethodSymbol method ? NameOfGetter(method) : symbol.Name;
        return name is null ? null
            : symbol is IFieldSymbol or IPropertySymbol && symbol.ContainingType is { } owner && !IsFrameworkOrSimple(owner)
                ? heuristics.MatchMember(name, owner.Name)
                : heuristics.Match(name);
    }

    /// <summary>
    /// A number named like a name, an e-mail address or a user name is a count or a length limit
    /// (<c>InputLengthRestrictions.UserName</c>), not the value: phone, card, account and national numbers may be numeric.
    /// </summary>
    private static bool IsNumberForTextKind(string kind, ITypeSymbol type)
    {
        if (kind is not (PersonalDataKinds.PersonName or PersonalDataKinds.EmailAddress or PersonalDataKinds.PersonalData))
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
    }

    /// <summary>
    /// Whether a classification says the value already is a pseudonym (<c>[Pseudonymous]</c>, <c>[PseudonymizedId]</c>,
    /// <c>[Pseudonymised]</c> of any taxonomy): like an internal key, a pseudonymous identifier, reported only with
    /// <c>privacy_kit.report_pseudonymous_ids = true</c>. A classification asking for pseudonymization
    /// (<c>[Pseudonymize]</c>, <c>[PseudonymizationRequired]</c>) says the value is still the person's own: reported.
    /// </summary>
    private bool IsDeclaredPseudonym(string? kind) =>
        !Options.ReportPseudonymousIds && kind is not null
        && (StartsWithWord(kind, "Pseudonymous") || StartsWithWord(kind, "Pseudonymized") || StartsWithWord(kind, "Pseudonymised"));

    /// <summary>Whether <paramref name="name"/> is <paramref name="word"/> or starts with it followed by another word.</summary>
    private static bool StartsWithWord(string name, string word) =>
        name.StartsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || char.IsUpper(name[word.Length]) || name[word.Length] == '_');

    /// <summary>
    /// Whether <paramref name="symbol"/> is an internal numeric or GUID key (<c>Id</c>, <c>UserId</c>): a pseudonymous
    /// identifier, reported only with <c>privacy_kit.report_pseudonymous_ids = true</c>.
    /// </summary>
    private bool IsPseudonymousId(ISymbol symbol, ITypeSymbol? type)
    {
        if (Options.ReportPseudonymousIds || type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var isKey = type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            || SymbolEqualityComparer.Default.Equals(type, Known.Guid);
        var name = symbol.Name;
        return isKey && name.EndsWith("Id", StringComparison.Ordinal)
            && (name.Length == 2 || char.IsLower(name[name.Length - 3]) || name[name.Length - 3] == '_');
    }

    /// <summary>
    /// Whether <paramref name="symbol"/> is known not to be a person's data whatever its name: file system paths and
    /// names, reflection (<c>Type.FullName</c>), the runtime and operating system (<c>RuntimeInformation</c>,
    /// <c>Environment</c>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsKnownNotPersonal(ISymbol symbol)
    {
        var type = symbol.ContainingType;
        return type is not null && _notPersonalOwners.GetOrAdd(type, _isNotPersonalOwner);
    }

    [MethodImpl(HotPath.Optimized)]
    private bool IsNotPersonalOwner(ITypeSymbol type)
    {
        // One walk up the base types, each looked up among the known types (not each known type's own walk).
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.OriginalDefinition is INamedTypeSymbol definition && Known.NotPersonalTypes.Contains(definition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="symbol"/> says explicitly that it is not personal data.</summary>
    [MethodImpl(HotPath.Optimized)]
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
    [MethodImpl(HotPath.Optimized)]
    public HeldPersonalData? HeldBy(ITypeSymbol type) => HeldBy(type, depth: 0, visiting: null);

    /// <summary>
    /// The personal data the string form of <paramref name="type"/> shows, or <see langword="null"/>: a record's
    /// generated <c>ToString</c> prints its public members, an own <c>ToString</c> or <c>PrintMembers</c> prints the
    /// members it reads, a class with neither prints its type name. A value typed as an interface, an abstract class or
    /// a base record prints what its derived types in this compilation print.
    /// </summary>
    public HeldPersonalData? PrintedBy(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        if (!_printedByType.TryGetValue(type, out var printed))
        {
            printed = PrintedByUncached(type, depth: 0) ?? NothingPrinted;
            _printedByType.TryAdd(type, printed);
        }

        return ReferenceEquals(printed, NothingPrinted) ? null : printed;
    }

    private HeldPersonalData? PrintedByUncached(ITypeSymbol type, int depth)
    {
        if (depth > MaxNestingDepth || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return PrintedByUncached(nullable.TypeArguments[0], depth + 1);
        }

        if (FromAttributes(type) is { } onType)
        {
            return onType.IsPersonal ? new HeldPersonalData(type.Name, onType.Kind!) : null;
        }

        if (!IsFrameworkOrSimple(type) && PrintedByOwnForm(type, depth) is { } own)
        {
            return own;
        }

        if (type.TypeKind == TypeKind.Interface || type.IsAbstract || type.IsRecord)
        {
            foreach (var derived in Known.DerivedTypes(type))
            {
                if (PrintedByOwnForm(derived, depth + 1) is { } inDerived)
                {
                    return inDerived;
                }
            }
        }

        return null;
    }

    /// <summary>What the type's own string form (its ToString, PrintMembers or a record's generated ones) prints.</summary>
    private HeldPersonalData? PrintedByOwnForm(ITypeSymbol type, int depth)
    {
        HashSet<ISymbol>? overriddenByDerived = null;
        for (var current = type; current is not null && !IsFrameworkOrSimple(current); current = current.BaseType)
        {
            // A base record classified as a whole prints its members into every derived record's string.
            if (!ReferenceEquals(current, type) && current.IsRecord && FromAttributes(current) is { IsPersonal: true } onBase)
            {
                return new HeldPersonalData(current.Name, onBase.Kind!);
            }

            var written = WrittenPrinting(current);
            if (written.Count > 0)
            {
                // Its own ToString or PrintMembers: what those bodies read (a metadata body cannot be read: fail closed).
                HeldPersonalData? read = null;
                var callsBase = false;
                foreach (var method in written)
                {
                    if (method.DeclaringSyntaxReferences.IsEmpty)
                    {
                        return HeldBy(current);
                    }

                    var inBody = ReadInBody(method, current, out var toBase);
                    read ??= inBody;
                    callsBase |= toBase;
                }

                if (read is not null || !callsBase)
                {
                    return read;
                }

                continue;
            }

            if (current.IsRecord)
            {
                List<HeldPersonalData>? printed = null;
                HeldPersonalData? nested = null;
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsOverride: true, OverriddenProperty: { } overridden })
                    {
                        // The base record prints the override's value: its own declaration's classification no longer applies.
                        (overriddenByDerived ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(overridden);
                    }

                    if (!Rules.RecordPrintsPersonalDataAnalyzer.IsPrinted(member) || overriddenByDerived?.Contains(member) == true)
                    {
                        continue;
                    }

                    if (Classify(member) is { } source)
                    {
                        if ((printed ??= []).Count < HeldPersonalData.MaxNamed)
                        {
                            printed.Add(new HeldPersonalData(current.Name + "." + member.Name, source.Kind));
                        }
                    }
                    else if (printed is null && nested is null && !IsDeclaredNotPersonal(member))
                    {
                        nested = PrintedByUncached(member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type, depth + 1);
                    }
                }

                if (printed is not null)
                {
                    return HeldPersonalData.Chain(printed);
                }

                if (nested is not null)
                {
                    return nested;
                }
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The <c>ToString()</c> override and <c>PrintMembers</c> a type declares itself (not the compiler's).</summary>
    internal static List<IMethodSymbol> WrittenPrinting(ITypeSymbol type)
    {
        var written = new List<IMethodSymbol>(0);
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false } method
                && ((method.Name == "ToString" && method.Parameters.IsEmpty && method.IsOverride)
                    || (method.Name == "PrintMembers" && method.Parameters.Length == 1)))
            {
                written.Add(method);
            }
        }

        return written;
    }

    /// <summary>The first personal-data member of <paramref name="owner"/> that <paramref name="method"/>'s body reads.</summary>
    private HeldPersonalData? ReadInBody(IMethodSymbol method, ITypeSymbol owner, out bool callsBase)
    {
        callsBase = false;
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (!Known.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return HeldBy(owner);
        }

#pragma warning disable RS1030 // A type's own ToString decides what it prints; each type is read once and cached.
        var body = Known.Compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
#pragma warning restore RS1030
        if (body is null)
        {
            return HeldBy(owner);
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } call
                && call.TargetMethod.Name is "PrintMembers" or "ToString"
                && call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } })
            {
                callsBase = true;
            }

            if (operation is IMemberReferenceOperation { Instance: IInstanceReferenceOperation } reference
                && reference.Member is IFieldSymbol or IPropertySymbol
                && !IsDeclaredNotPersonal(reference.Member))
            {
                if (Classify(reference.Member) is { } source)
                {
                    return new HeldPersonalData(owner.Name + "." + reference.Member.Name, source.Kind);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> can carry an identifier the name heuristics should look at.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool CanCarryIdentifier(ITypeSymbol type) => CanCarryIdentifier(type, depth: 0);

    [MethodImpl(HotPath.Optimized)]
    private bool CanCarryIdentifier(ITypeSymbol type, int depth)
    {
        // The framework's own value types (int, DateTime, bool, ...) are never collections: answered without walking
        // the dozens of interfaces a primitive implements (INumber<int>, ...) to find IEnumerable<T>.
        if (type.IsValueType && type.SpecialType != SpecialType.None)
        {
            return IsIdentifierSpecialType(type.SpecialType);
        }

        // A type that enumerates itself (a tree node implementing IEnumerable<Node>) or nests deeply is no identifier.
        if (ElementType(type) is { } element)
        {
            return depth < MaxNestingDepth && !SymbolEqualityComparer.Default.Equals(element, type) && CanCarryIdentifier(element, depth + 1);
        }

        if (type.SpecialType != SpecialType.None)
        {
            return IsIdentifierSpecialType(type.SpecialType);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, Known.ReadOnlySpan)
                || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, Known.ReadOnlyMemory)))
        {
            var argument = generic.TypeArguments[0];
            return argument.SpecialType == SpecialType.System_Char || (depth < MaxNestingDepth && CanCarryIdentifier(argument, depth + 1));
        }

        return IsOneOf(type, Known.DateTimeOffset, Known.DateOnly, Known.MailAddress, Known.IPAddress);
    }

    private static bool IsIdentifierSpecialType(SpecialType type) => type
        is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_DateTime;

    /// <summary>The element type of an array or of a generic collection, or <see langword="null"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
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

    [MethodImpl(HotPath.Optimized)]
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

    /// <summary>
    /// A method's name says what it returns only when it is a getter: <c>GetEmail</c>, <c>GetEmailAsync</c>, and the
    /// Java-style <c>getTelephone</c> of ported code.
    /// </summary>
    private static string? NameOfGetter(IMethodSymbol method)
    {
        var name = method.Name;
        if (!(name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("get", StringComparison.Ordinal)) || name.Length == 3 || !char.IsUpper(name[3]))
        {
            return null;
        }

        name = name.Substring(3);
        return name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
    }

    [MethodImpl(HotPath.Optimized)]
    private DeclaredClassification? FromAttributes(ISymbol symbol) => _fromAttributes.GetOrAdd(symbol, _fromAttributesOf);

    [MethodImpl(HotPath.Optimized)]
    private DeclaredClassification? FromAttributesUncached(ISymbol symbol)
    {
        DeclaredClassification? found = null;
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
                return DeclaredClassification.NotPersonal;
            }

            if (found is null && KnownSymbols.InheritsFrom(attributeClass, Known.DataClassificationAttribute))
            {
                // Unknown classification is not a statement that the data is clean: fail closed.
                found = SymbolEqualityComparer.Default.Equals(attributeClass, Known.UnknownDataClassificationAttribute)
                    ? new DeclaredClassification(isPersonal: true, PersonalDataKinds.PersonalData)
                    : new DeclaredClassification(isPersonal: true, PersonalDataKinds.FromAttributeName(attributeClass.Name));
            }
            else if (found is null && KnownSymbols.InheritsFrom(attributeClass, Known.IdentityPersonalDataAttribute))
            {
                found = new DeclaredClassification(isPersonal: true, PersonalDataKinds.PersonalData);
            }
        }

        return found;
    }

    /// <summary>
    /// The attributes of a declaration, including those a positional record puts on its parameter rather than on the
    /// property it generates, and those on a method's return value.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private ImmutableArray<AttributeData> AttributesOf(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            return method.GetReturnTypeAttributes();
        }

        if (symbol is IPropertySymbol property && PrimaryConstructorParameter(property) is { } parameter)
        {
            // A positional property usually has no attributes of its own: the parameter's are returned as they are.
            var own = property.GetAttributes();
            return own.IsEmpty ? parameter.GetAttributes() : own.AddRange(parameter.GetAttributes());
        }

        return symbol.GetAttributes();
    }

    [MethodImpl(HotPath.Optimized)]
    private IParameterSymbol? PrimaryConstructorParameter(IPropertySymbol property)
    {
        // Only a record's positional parameters declare properties; the parameter and its property share one syntax
        // node, so comparing the references' trees and spans finds it without fetching any syntax.
        if (!property.ContainingType.IsRecord || property.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = property.DeclaringSyntaxReferences[0];
        foreach (var (parameter, reference) in _declaredParameters.GetOrAdd(property.ContainingType, _declaredParametersOf))
        {
            if (parameter.Name == property.Name && reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// The parameters of a record's constructors that have one declaration, with it: read once per record, not once
    /// per property (each read of a parameter's declarations allocates).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static (IParameterSymbol Parameter, SyntaxReference Declaration)[] DeclaredParametersOf(INamedTypeSymbol record)
    {
        var declared = new List<(IParameterSymbol, SyntaxReference)>();
        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                var references = parameter.DeclaringSyntaxReferences;
                if (references.Length == 1)
                {
                    declared.Add((parameter, references[0]));
                }
            }
        }

        return [.. declared];
    }

    [MethodImpl(HotPath.Optimized)]
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

    [MethodImpl(HotPath.Optimized)]
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

        // Every member of the type itself that is personal data is named (up to a few); else the first nested one.
        List<HeldPersonalData>? direct = null;
        HeldPersonalData? firstNested = null;
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
                    if ((direct ??= []).Count < HeldPersonalData.MaxNamed)
                    {
                        direct.Add(new HeldPersonalData(current.Name + "." + member.Name, source.Kind));
                    }

                    continue;
                }

                if (direct is not null || firstNested is not null || IsDeclaredNotPersonal(member))
                {
                    continue;
                }

                var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
                firstNested = HeldBy(memberType, depth + 1, visiting);
            }
        }

        if (direct is not null)
        {
            return HeldPersonalData.Chain(direct);
        }

        if (firstNested is not null)
        {
            return firstNested;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic && HeldInTypeArguments(generic, depth, visiting) is { } inArguments)
        {
            return inArguments;
        }

        // A value typed as an interface, an abstract class or a base record is one of its derived types at run time.
        if (depth == 0 && (type.TypeKind == TypeKind.Interface || type.IsAbstract || type.IsRecord))
        {
            foreach (var derived in Known.DerivedTypes(type))
            {
                if (HeldBy(derived, depth + 1, visiting) is { } inDerived)
                {
                    return inDerived;
                }
            }
        }

        return null;
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
    [MethodImpl(HotPath.Optimized)]
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
