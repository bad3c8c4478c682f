using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// Calls that write to a log, the one list of them: Microsoft's <c>ILogger</c> extension methods and
/// <c>Log</c>/<c>BeginScope</c>, delegates made by <c>LoggerMessage.Define</c>, <c>[LoggerMessage]</c> methods
/// (parameters without a classification); Serilog (<c>ILogger</c>, static <c>Log</c>, <c>ForContext</c>,
/// <c>LogContext.PushProperty</c>); NLog (<c>ILogger</c>/<c>Logger</c>, <c>WithProperty</c>,
/// <c>ScopeContext.PushProperty</c>); log4net (<c>ILog</c>); <c>Console</c>, <c>Debug</c>, <c>Trace</c>; and the
/// methods listed in <c>privacy_kit.log_sinks</c>. Message templates decide which values are destructured
/// (<c>{@Customer}</c>): those are written member by member, the others as their ToString.
/// </summary>
internal static class LogSinks
{
    private const string Destination = "a log";

    private static readonly HashSet<string> SerilogWrites = new(StringComparer.Ordinal)
    {
        "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal",
    };

    private static readonly HashSet<string> NLogWrites = new(StringComparer.Ordinal)
    {
        "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalDebug", "ConditionalTrace",
    };

    private static readonly HashSet<string> Log4NetWrites = new(StringComparer.Ordinal)
    {
        "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat",
    };

    [MethodImpl(HotPath.Optimized)]
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
            // With Serilog or NLog behind Microsoft's logger, {@x} destructures here too.
            return Sink(method.Name, invocation, a => a.Parameter?.Ordinal != 0 || !method.IsExtensionMethod, method.Name == "BeginScope" ? "messageFormat" : "message");
        }

        if (method.Name is "Log" or "BeginScope" && KnownSymbols.IsOrImplements(type, known.ILogger))
        {
            return Sink(method.Name, invocation, _ => true);
        }

        if (FindInLibraries(invocation, method, type, known) is { } library)
        {
            return library;
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
            return Sink(method.Name, invocation, a => a.Parameter is { } p && LoggerMessageParameters.IsWrittenAsValue(p, classifier));
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

    /// <summary>Serilog, NLog and log4net, each only when the compilation references it.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static SinkCall? FindInLibraries(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol type, KnownSymbols known)
    {
        if (known.SerilogLogger is not null)
        {
            var isLogger = SymbolEqualityComparer.Default.Equals(type, known.SerilogLog) || KnownSymbols.IsOrImplements(type, known.SerilogLogger);
            if (isLogger && SerilogWrites.Contains(method.Name))
            {
                return Sink("Serilog " + method.Name, invocation, _ => true, "messageTemplate");
            }

            if ((isLogger && method.Name == "ForContext") || (SymbolEqualityComparer.Default.Equals(type, known.SerilogLogContext) && method.Name == "PushProperty"))
            {
                // ForContext(name, value, destructureObjects), LogContext.PushProperty(name, value, destructureObjects).
                return PropertySink("Serilog " + method.Name, invocation, "value", "destructureObjects");
            }
        }

        if (known.NLogLoggerBase is not null)
        {
            // The logger's own methods and its extension methods (ConditionalDebug, ...), the logger itself not a value.
            if ((KnownSymbols.IsOrImplements(type, known.NLogLoggerBase) || SymbolEqualityComparer.Default.Equals(type, known.NLogLoggerExtensions))
                && NLogWrites.Contains(method.Name))
            {
                return Sink("NLog " + method.Name, invocation, a => !(method.IsExtensionMethod && a.Parameter?.Ordinal == 0), "message");
            }

            // logger.ForInfoEvent().Message("...", value).Property("Email", value).Log().
            if (SymbolEqualityComparer.Default.Equals(type, known.NLogLogEventBuilder) && method.Name is "Message" or "Property" or "Properties")
            {
                return Sink("NLog LogEventBuilder." + method.Name, invocation, _ => true, method.Name == "Message" ? "message" : null);
            }

            if ((method.Name == "WithProperty" && KnownSymbols.IsOrImplements(type, known.NLogLoggerBase))
                || (method.Name is "PushProperty" or "PushNestedState" && SymbolEqualityComparer.Default.Equals(type, known.NLogScopeContext)))
            {
                return Sink("NLog " + method.Name, invocation, _ => true);
            }
        }

        if (known.Log4NetLog is not null && KnownSymbols.IsOrImplements(type, known.Log4NetLog) && Log4NetWrites.Contains(method.Name))
        {
            return Sink("log4net " + method.Name, invocation, _ => true);
        }

        // ThreadContext.Stacks["NDC"].Push(value): every event logged in the scope carries it.
        if (method.Name == "Push" && Contains(known.Log4NetContextStacks, type))
        {
            return Sink("log4net " + type.Name + ".Push", invocation, _ => true);
        }

        return null;
    }

    /// <summary>
    /// An assignment that adds a value to every log event: log4net's <c>ThreadContext.Properties["x"] = ...</c>,
    /// <c>LogicalThreadContext.Properties</c>, <c>GlobalContext.Properties</c>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static SinkCall? Find(ISimpleAssignmentOperation assignment, KnownSymbols known) =>
        known.Log4NetContextProperties is not null
        && assignment.Target is IPropertyReferenceOperation { Property: { IsIndexer: true, ContainingType: { } type } }
        && KnownSymbols.InheritsFrom(type, known.Log4NetContextProperties)
            ? new SinkCall(SinkKind.Log, "log4net " + type.Name, Destination, [assignment.Value], serializes: false)
            : null;

    private static bool Contains(IReadOnlyList<INamedTypeSymbol> types, INamedTypeSymbol type)
    {
        foreach (var candidate in types)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    private static SinkCall? PropertySink(string name, IInvocationOperation invocation, string valueParameter, string destructureParameter)
    {
        IOperation? value = null;
        var destructure = false;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == valueParameter)
            {
                value = argument.Value;
            }
            else if (argument.Parameter?.Name == destructureParameter)
            {
                destructure = argument.Value.ConstantValue is { HasValue: true, Value: true };
            }
        }

        return value is null ? null : new SinkCall(SinkKind.Log, name, Destination, [value], serializes: false, destructure ? [value] : null);
    }

    [MethodImpl(HotPath.Optimized)]
    private static SinkCall Sink(string name, IInvocationOperation invocation, Func<IArgumentOperation, bool> include, string? templateParameter = null) =>
        new(SinkKind.Log, name, Destination, SinkCall.ValuesOf(invocation.Arguments, include), serializes: false,
            templateParameter is null ? null : MessageTemplate.DestructuredValues(invocation, templateParameter, include));

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
}
