extern alias analyzers;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using analyzers::Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Cli.Scan;

/// <summary>
/// Builds the inventory from the compilations' source symbols: classification attributes, <c>[VendorBoundary]</c> and
/// <c>[RequiresConsent]</c>, found by metadata name like the analyzers do, and the payloads sent through
/// <c>VendorSharing.DiscloseAsync</c>.
/// </summary>
internal sealed class InventoryBuilder(string root)
{
    private const string AttributeNamespace = "Privacy.Kit";
    private const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
    private const string VendorSharingType = "Privacy.Kit.Vendors.VendorSharing";

    private readonly SortedDictionary<string, InventoryType> types = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, InventoryVendorBoundary> boundaries = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> purposes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, InventoryDisclosure> disclosures = new(StringComparer.Ordinal);
    private readonly Dictionary<ITypeSymbol, IReadOnlyList<string>> reachableKinds = new(SymbolEqualityComparer.Default);

    private PersonalDataClassifier? classifier;

    public void Add(Compilation compilation)
    {
        reachableKinds.Clear();

        // The analyzers' classifier with its default options: members only their name marks as personal data are
        // listed too, as unclassified, so the inventory is not empty before anyone has classified anything.
        classifier = new PersonalDataClassifier(new KnownSymbols(compilation), PrivacyKitOptions.Default);
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            AddType(type);
            if (VendorOf(type) is { } typeVendor)
            {
                AddBoundary(typeVendor, type, type.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).SelectMany(m => m.Parameters));
            }

            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (VendorOf(method) is { } methodVendor)
                {
                    AddBoundary(methodVendor, method, method.Parameters);
                }

                foreach (var parameter in method.Parameters)
                {
                    if (VendorOf(parameter) is { } parameterVendor)
                    {
                        AddBoundary(parameterVendor, parameter, [parameter]);
                    }
                }

                foreach (var purpose in ConsentPurposes(method))
                {
                    if (!purposes.TryGetValue(purpose, out var methods))
                    {
                        purposes[purpose] = methods = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    methods.Add(method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
                }
            }
        }

        if (compilation.GetTypeByMetadataName(VendorSharingType) is { } vendorSharing)
        {
            AddDisclosures(compilation, vendorSharing);
        }
    }

    public PersonalDataInventory Build() => new(
        [.. types.Values],
        [.. boundaries.Values],
        [.. disclosures.Values],
        [.. purposes.Select(p => new InventoryConsentPurpose(p.Key, [.. p.Value]))]);

    private void AddType(INamedTypeSymbol type)
    {
        var members = new List<InventoryMember>();
        foreach (var member in type.GetMembers())
        {
            var kinds = member switch
            {
                IPropertySymbol property => KindsOf(property, PrimaryConstructorParameter(type, property.Name)),
                IFieldSymbol { IsImplicitlyDeclared: false } field => KindsOf(field, null),
                _ => [],
            };
            if (kinds.Count > 0)
            {
                members.Add(new InventoryMember(member.Name, kinds));
            }
            else if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && !member.IsImplicitlyDeclared
                && member.DeclaredAccessibility != Accessibility.Private && classifier?.Classify(member) is { FromName: true } byName)
            {
                members.Add(new InventoryMember(member.Name, [byName.Kind], Classified: false));
            }
        }

        if (members.Count > 0)
        {
            var name = type.ToDisplayString();
            types[name] = new InventoryType(name, FileOf(type), members);
        }
    }

    private void AddBoundary(string vendor, ISymbol symbol, IEnumerable<IParameterSymbol> parameters)
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            kinds.UnionWith(KindsOf(parameter, null));
            kinds.UnionWith(KindsReaching(parameter.Type));
        }

        var name = symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        boundaries[$"{vendor}\n{name}"] = new InventoryVendorBoundary(vendor, name, FileOf(symbol), [.. kinds]);
    }

    // Every call of VendorSharing.DiscloseAsync(vendor, purpose, payload, ...): the vendor receives what its policy lets
    // through of the payload, so the record of processing lists the payload's kinds under that vendor and purpose.
    private void AddDisclosures(Compilation compilation, INamedTypeSymbol vendorSharing)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                // Binding only the calls named DiscloseAsync keeps this a fraction of the analyzers' time.
                if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DiscloseAsync" } }
                    || model.GetOperation(node) is not IInvocationOperation invocation
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, vendorSharing)
                    || invocation.TargetMethod.TypeArguments is not [var payloadType])
                {
                    continue;
                }

                var vendor = ArgumentText(invocation, "vendor");
                var purpose = ArgumentText(invocation, "purpose");
                var method = model.GetEnclosingSymbol(node.SpanStart)?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) ?? "(top level)";
                var payload = payloadType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
                disclosures[$"{vendor}\n{purpose}\n{payload}\n{method}"] = new InventoryDisclosure(
                    vendor, purpose, payload, KindsReaching(payloadType), method, ScanPaths.Relative(tree.FilePath, root));
            }
        }
    }

    // A constant argument as written; anything computed at run time is named as such rather than guessed.
    private static string ArgumentText(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value.ConstantValue is { HasValue: true, Value: string text }
            ? text
            : $"({parameter} chosen at run time)";

    // The kinds a value of this type carries through its members, nested types and collection elements.
    private IReadOnlyList<string> KindsReaching(ITypeSymbol type)
    {
        if (reachableKinds.TryGetValue(type, out var known))
        {
            return known;
        }

        reachableKinds[type] = [];
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        if (type is IArrayTypeSymbol array)
        {
            kinds.UnionWith(KindsReaching(array.ElementType));
        }
        else if (type is INamedTypeSymbol named)
        {
            foreach (var argument in named.TypeArguments)
            {
                kinds.UnionWith(KindsReaching(argument));
            }

            if (named.Locations.Any(l => l.IsInSource))
            {
                foreach (var member in named.GetMembers())
                {
                    if (member is IPropertySymbol property)
                    {
                        kinds.UnionWith(KindsOf(property, PrimaryConstructorParameter(named, property.Name)));
                        kinds.UnionWith(KindsReaching(property.Type));
                    }
                    else if (member is IFieldSymbol { IsImplicitlyDeclared: false } field)
                    {
                        kinds.UnionWith(KindsOf(field, null));
                        kinds.UnionWith(KindsReaching(field.Type));
                    }
                }
            }
        }

        IReadOnlyList<string> result = [.. kinds];
        reachableKinds[type] = result;
        return result;
    }

    private static List<string> KindsOf(ISymbol symbol, IParameterSymbol? recordParameter)
    {
        var kinds = new List<string>();
        foreach (var attribute in symbol.GetAttributes().Concat(recordParameter?.GetAttributes() ?? []))
        {
            if (KindOf(attribute.AttributeClass) is { } kind && !kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    // A Privacy.Kit attribute names its kind; any other DataClassificationAttribute is named after its attribute.
    private static string? KindOf(INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return null;
        }

        var isPrivacyKit = attribute.ContainingNamespace?.ToDisplayString() == AttributeNamespace;
        var name = attribute.Name.EndsWith("Attribute", StringComparison.Ordinal) ? attribute.Name[..^"Attribute".Length] : attribute.Name;
        if (isPrivacyKit)
        {
            // The analyzers' view of the shared kinds table (the CLI sees both copies; the analyzers' is the one it scans with).
            var kind = analyzers::Privacy.Kit.Analyzers.Infrastructure.PersonalDataKinds.FromAttributeName(attribute.Name);
            return Array.IndexOf(analyzers::Privacy.Kit.Analyzers.Infrastructure.PersonalDataKinds.All, kind) >= 0 ? kind : null;
        }

        for (var type = attribute.BaseType; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == DataClassificationAttribute)
            {
                return name;
            }
        }

        return null;
    }

    private static IParameterSymbol? PrimaryConstructorParameter(INamedTypeSymbol type, string name) =>
        type.InstanceConstructors.SelectMany(c => c.Parameters).FirstOrDefault(p => p.Name == name);

    private static string? VendorOf(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "VendorBoundaryAttribute" } boundary && boundary.ContainingNamespace?.ToDisplayString() == AttributeNamespace)
            {
                return attribute.ConstructorArguments is [{ Value: string vendor }] ? vendor : "(unnamed vendor)";
            }
        }

        return null;
    }

    private static IEnumerable<string> ConsentPurposes(IMethodSymbol method) =>
        method.GetAttributes()
            .Where(a => a.AttributeClass is { Name: "RequiresConsentAttribute" } c && c.ContainingNamespace?.ToDisplayString() == AttributeNamespace)
            .Select(a => a.ConstructorArguments is [{ Value: string purpose }] ? purpose : "(unnamed purpose)");

    private string FileOf(ISymbol symbol)
    {
        var path = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath ?? string.Empty;
        return ScanPaths.Relative(path, root);
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in SourceTypes(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    if (nested.Locations.Any(l => l.IsInSource) && !nested.IsImplicitlyDeclared)
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        type.GetTypeMembers().SelectMany(WithNested).Prepend(type);
}
