using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// Calls that write to a log: <c>ILogger</c> extension methods and <c>Log</c>/<c>BeginScope</c>, delegates made by
/// <c>LoggerMessage.Define</c>, <c>[LoggerMessage]</c> methods (parameters without a classification), <c>Console</c>,
/// <c>Debug</c>, <c>Trace</c>, and the methods listed in <c>privacy_kit.log_sinks</c>.
/// </summary>
internal static class LogSinks
{
    private const string Destination = "a log";

    public static SinkCall? Find(IInvocationOperation invocation, PersonalDataClassifier classifier, PrivacyCompilation privacy)
    {
        var known = classifier.Known;
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (known.LoggerExtensions is not null && SymbolEqualityComparer.Default.Equals(type, known.LoggerExtensions))
        {
            return Sink(method.Name, invocation, a => a.Parameter?.Ordinal != 0 || !method.IsExtensionMethod);
        }

        if (method.Name is "Log" or "BeginScope" && KnownSymbols.IsOrImplements(type, known.ILogger))
        {
            return Sink(method.Name, invocation, _ => true);
        }

        if (method.MethodKind == MethodKind.DelegateInvoke
            && method.Parameters.Length > 0
            && KnownSymbols.IsOrImplements(method.Parameters[0].Type, known.ILogger))
        {
            // A LoggerMessage.Define(Scope) delegate: Action<ILogger, T1, ..., Exception?>.
            var name = invocation.Instance?.Syntax.ToString() ?? method.ContainingType.Name;
            return Sink(name, invocation, a => a.Parameter?.Ordinal != 0);
        }

        if (privacy.HasLoggerMessageAttribute(method))
        {
            // The generator redacts classified parameters; the others are logged as they are.
            return Sink(method.Name, invocation, a => a.Parameter is { } p && !IsLoggerPlumbing(p.Type, known) && !classifier.HasDataClassification(p) && !HasLogProperties(p));
        }

        if (IsConsoleWrite(invocation, method, known))
        {
            return Sink("Console." + method.Name, invocation, _ => true);
        }

        if ((SymbolEqualityComparer.Default.Equals(type, known.Debug) || SymbolEqualityComparer.Default.Equals(type, known.Trace))
            && method.Name is not ("Indent" or "Unindent" or "Flush" or "Close" or "Refresh"))
        {
            return Sink(type.Name + "." + method.Name, invocation, _ => true);
        }

        if (classifier.Options.LogSinks.Matches(method))
        {
            return Sink(method.Name, invocation, a => !(method.IsExtensionMethod && a.Parameter?.Ordinal == 0));
        }

        return null;
    }

    private static SinkCall Sink(string name, IInvocationOperation invocation, Func<IArgumentOperation, bool> include) =>
        new(SinkKind.Log, name, Destination, SinkCall.ValuesOf(invocation.Arguments, include));

    private static bool IsConsoleWrite(IInvocationOperation invocation, IMethodSymbol method, KnownSymbols known)
    {
        if (!method.Name.StartsWith("Write", StringComparison.Ordinal))
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Console))
        {
            return true;
        }

        // Console.Out.WriteLine(...), Console.Error.Write(...).
        return invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, known.Console);
    }

    private static bool IsLoggerPlumbing(ITypeSymbol type, KnownSymbols known) =>
        KnownSymbols.IsOrImplements(type, known.ILogger)
        || SymbolEqualityComparer.Default.Equals(type, known.LogLevel)
        || SymbolEqualityComparer.Default.Equals(type, known.EventId);

    /// <summary>[LogProperties] parameters are logged member by member, each redacted by its own classification.</summary>
    private static bool HasLogProperties(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "LogPropertiesAttribute")
            {
                return true;
            }
        }

        return false;
    }
}
