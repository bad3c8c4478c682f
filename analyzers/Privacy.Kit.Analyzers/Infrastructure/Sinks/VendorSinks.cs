using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// Calls that pass data to a vendor: methods of <c>[VendorBoundary]</c> interfaces and classes (and of the types
/// implementing or deriving from them), <c>[VendorBoundary]</c> methods, arguments to <c>[VendorBoundary]</c>
/// parameters, and the methods listed in <c>privacy_kit.vendor_sinks</c>.
/// </summary>
internal static class VendorSinks
{
    private const string UnnamedVendor = "a vendor";

    public static SinkCall? Find(IInvocationOperation invocation, PersonalDataClassifier classifier)
    {
        var known = classifier.Known;
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var boundary = known.VendorBoundaryAttribute;
        var skipThis = method.IsExtensionMethod;

        if (boundary is not null)
        {
            if (VendorBoundaryOn(method, boundary) is { } onMethod)
            {
                return Sink(method, invocation, onMethod, a => Include(a, skipThis, known));
            }

            if (method.ContainingType is { } type && VendorBoundaryOnType(type, boundary) is { } onType)
            {
                return Sink(method, invocation, onType, a => Include(a, skipThis, known));
            }

            foreach (var parameter in method.Parameters)
            {
                if (VendorBoundaryOn(parameter, boundary) is { } onParameter)
                {
                    return Sink(method, invocation, onParameter, a => a.Parameter is { } p && VendorBoundaryOn(p, boundary) is not null);
                }
            }
        }

        return classifier.Options.VendorSinks.Matches(method)
            ? Sink(method, invocation, UnnamedVendor, a => Include(a, skipThis, known))
            : null;
    }

    private static SinkCall Sink(IMethodSymbol method, IInvocationOperation invocation, string destination, Func<IArgumentOperation, bool> include) =>
        new(SinkKind.Vendor, method.Name, destination, SinkCall.ValuesOf(invocation.Arguments, include), serializes: true);

    private static bool Include(IArgumentOperation argument, bool skipThis, KnownSymbols known) =>
        !(skipThis && argument.Parameter?.Ordinal == 0)
        && !SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, known.CancellationToken);

    /// <summary>The destination a type's [VendorBoundary] names: on the type, a base type or an interface it implements.</summary>
    private static string? VendorBoundaryOnType(INamedTypeSymbol type, INamedTypeSymbol boundary)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (VendorBoundaryOn(current, boundary) is { } onType)
            {
                return onType;
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (VendorBoundaryOn(@interface, boundary) is { } onInterface)
            {
                return onInterface;
            }
        }

        return null;
    }

    /// <summary>"vendor 'Acme CRM'" or "a vendor" when <paramref name="symbol"/> carries [VendorBoundary]; else null.</summary>
    private static string? VendorBoundaryOn(ISymbol symbol, INamedTypeSymbol boundary)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, boundary))
            {
                return attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string { Length: > 0 } vendor
                    ? "vendor '" + vendor + "'"
                    : UnnamedVendor;
            }
        }

        if (symbol is IMethodSymbol method)
        {
            // An implementation of an interface method marked [VendorBoundary].
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (VendorBoundaryOn(overridden, boundary) is { } onOverridden)
                {
                    return onOverridden;
                }
            }

            foreach (var @interface in method.ContainingType?.AllInterfaces ?? ImmutableArray<INamedTypeSymbol>.Empty)
            {
                foreach (var member in @interface.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol interfaceMethod
                        && SymbolEqualityComparer.Default.Equals(method.ContainingType!.FindImplementationForInterfaceMember(interfaceMethod), method)
                        && VendorBoundaryOn(interfaceMethod, boundary) is { } onInterfaceMethod)
                    {
                        return onInterfaceMethod;
                    }
                }
            }
        }

        return null;
    }
}
