using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    private static readonly ConditionalWeakTable<INamedTypeSymbol, ConcurrentDictionary<IMethodSymbol, Boundary>> BoundaryCache = new();

    [MethodImpl(HotPath.Optimized)]
    public static SinkCall? Find(IInvocationOperation invocation, PersonalDataClassifier classifier)
    {
        var known = classifier.Known;
        if (known.VendorBoundaryAttribute is null && classifier.Options.VendorSinks.IsEmpty)
        {
            // Without [VendorBoundary] in the compilation and no configured vendor sink no call goes to a vendor.
            return null;
        }

        // A method of its own: the state its lambdas capture is allocated on entry, so only where vendors exist.
        return FindIn(invocation, classifier, known);
    }

    [MethodImpl(HotPath.Optimized)]
    private static SinkCall? FindIn(IInvocationOperation invocation, PersonalDataClassifier classifier, KnownSymbols known)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var boundary = known.VendorBoundaryAttribute;
        var skipThis = method.IsExtensionMethod;

        if (boundary is not null && BoundaryOf(method, boundary) is { Destination: { } destination } found)
        {
            return found.OnParameters
                ? Sink(method, invocation, destination, a => a.Parameter is { } p && VendorBoundaryOn(p, boundary) is not null)
                : Sink(method, invocation, destination, a => Include(a, skipThis, known));
        }

        return classifier.Options.VendorSinks.Matches(method)
            ? Sink(method, invocation, UnnamedVendor, a => Include(a, skipThis, known))
            : null;
    }

    /// <summary>
    /// Where calls to <paramref name="method"/> go by <c>[VendorBoundary]</c> (on the method, what it implements, its
    /// type or the type's bases and interfaces, or its parameters): computed once per method and compilation, since
    /// every invocation of every body asks.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static Boundary BoundaryOf(IMethodSymbol method, INamedTypeSymbol boundary)
    {
        // Keyed on the compilation's own attribute symbol, so the cache lives as long as the compilation.
        var byMethod = BoundaryCache.GetValue(boundary, static _ => new ConcurrentDictionary<IMethodSymbol, Boundary>(SymbolEqualityComparer.Default));
        if (byMethod.TryGetValue(method, out var found))
        {
            return found;
        }

        found = ComputeBoundary(method, boundary);
        byMethod.TryAdd(method, found);
        return found;
    }

    private static Boundary ComputeBoundary(IMethodSymbol method, INamedTypeSymbol boundary)
    {
        if (VendorBoundaryOn(method, boundary) is { } onMethod)
        {
            return new Boundary(onMethod, onParameters: false);
        }

        if (method.ContainingType is { } type && VendorBoundaryOnType(type, boundary) is { } onType)
        {
            return new Boundary(onType, onParameters: false);
        }

        foreach (var parameter in method.Parameters)
        {
            if (VendorBoundaryOn(parameter, boundary) is { } onParameter)
            {
                return new Boundary(onParameter, onParameters: true);
            }
        }

        return Boundary.None;
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

    /// <summary>The vendor a method's calls go to (null: none) and whether only the marked parameters carry it there.</summary>
    private sealed class Boundary(string? destination, bool onParameters)
    {
        public static readonly Boundary None = new(null, onParameters: false);

        public string? Destination { get; } = destination;

        public bool OnParameters { get; } = onParameters;
    }
}
