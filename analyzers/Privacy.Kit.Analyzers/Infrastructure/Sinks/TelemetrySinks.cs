using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// Calls and assignments that write to telemetry an APM vendor receives, the one list of them:
/// OpenTelemetry in .NET (<c>Activity</c> tags, events, baggage and status; <c>ActivitySource.StartActivity</c>
/// tags; metric instruments' tags), Application Insights (<c>TelemetryClient.Track*</c>, the user context), and
/// Sentry (messages, breadcrumbs, tags, extras, the user). Each library counts only when the compilation references it.
/// </summary>
internal static class TelemetrySinks
{
    private const string Destination = "telemetry";

    private static readonly HashSet<string> ActivityWrites = new(StringComparer.Ordinal)
    {
        "SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "AddException", "SetStatus",
    };

    private static readonly HashSet<string> SentryWrites = new(StringComparer.Ordinal)
    {
        "CaptureMessage", "AddBreadcrumb", "SetTag", "SetTags", "SetExtra", "SetExtras", "CaptureFeedback", "SetFingerprint",
    };

    /// <summary>Whether any telemetry library is referenced: without one the rule registers nothing.</summary>
    public static bool AnyReferenced(KnownSymbols known) =>
        known.Activity is not null || known.Instrument is not null || known.TelemetryClient is not null || known.TelemetryContext is not null || known.SentrySdk is not null;

    [MethodImpl(HotPath.Optimized)]
    public static SinkCall? Find(IInvocationOperation invocation, KnownSymbols known)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (known.Activity is not null && ActivityWrites.Contains(method.Name) && KnownSymbols.InheritsFrom(type, known.Activity))
        {
            return Sink("Activity." + method.Name, invocation, _ => true, serializes: false);
        }

        if (known.ActivitySource is not null && method.Name is "StartActivity" or "CreateActivity" && KnownSymbols.InheritsFrom(type, known.ActivitySource))
        {
            return Sink("ActivitySource." + method.Name, invocation, _ => true, serializes: false);
        }

        if (known.Instrument is not null && method.Name is "Add" or "Record" && KnownSymbols.InheritsFrom(type, known.Instrument))
        {
            // The first argument is the measurement; the tags follow.
            return Sink(type.Name + "." + method.Name, invocation, a => a.Parameter?.Ordinal != 0, serializes: false);
        }

        if (known.TelemetryClient is not null && method.Name.StartsWith("Track", StringComparison.Ordinal) && KnownSymbols.InheritsFrom(type, known.TelemetryClient))
        {
            return Sink("TelemetryClient." + method.Name, invocation, _ => true, serializes: false);
        }

        // telemetry.Context.GlobalProperties.Add("email", ...), eventTelemetry.Properties.TryAdd("phone", ...).
        if (method.Name is "Add" or "TryAdd" && ApplicationInsightsProperties(invocation.Instance, known) is { } properties)
        {
            return Sink(properties + "." + method.Name, invocation, _ => true, serializes: false);
        }

        if (known.SentrySdk is not null && SentryWrites.Contains(method.Name) && IsSentry(type, known))
        {
            // Extras and breadcrumb data are serialised member by member; the rest is text.
            var serializes = method.Name is "SetExtra" or "SetExtras";
            return Sink("Sentry " + method.Name, invocation, a => !(method.IsExtensionMethod && a.Parameter?.Ordinal == 0), serializes);
        }

        return null;
    }

    /// <summary>
    /// An assignment that hands a value to telemetry: Sentry's user (<c>scope.User = ...</c>,
    /// <c>new SentryUser { Email = ... }</c>) and event message, Application Insights' user context.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static SinkCall? Find(ISimpleAssignmentOperation assignment, KnownSymbols known)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: { ContainingType: { } type } property })
        {
            return null;
        }

        if (known.SentrySdk is not null && IsSentry(type, known)
            && (type.Name == "SentryUser" || property.Name is "User" or "Message"))
        {
            // scope.User = new SentryUser { Email = ... }: the initializer's own assignments are the sinks.
            if (property.Name == "User" && assignment.Value is IObjectCreationOperation { Initializer: not null })
            {
                return null;
            }

            return new SinkCall(SinkKind.Telemetry, "Sentry " + type.Name + "." + property.Name, Destination, [assignment.Value], serializes: true);
        }

        // telemetry.Context.User.AuthenticatedUserId = ..., Context.Location.Ip = ...: every context TelemetryContext holds.
        if (known.TelemetryContext is not null && IsContextOf(type, known.TelemetryContext))
        {
            return new SinkCall(SinkKind.Telemetry, type.Name + "." + property.Name, Destination, [assignment.Value], serializes: false);
        }

        // telemetry.Context.GlobalProperties["email"] = ..., eventTelemetry.Properties["phone"] = ...
        if (property.IsIndexer && ApplicationInsightsProperties(((IPropertyReferenceOperation)assignment.Target).Instance, known) is { } properties)
        {
            return new SinkCall(SinkKind.Telemetry, properties, Destination, [assignment.Value], serializes: false);
        }

        return null;
    }

    /// <summary>A context type that Application Insights' <c>TelemetryContext</c> holds (its <c>User</c>, <c>Location</c>, ...).</summary>
    private static bool IsContextOf(INamedTypeSymbol type, INamedTypeSymbol telemetryContext)
    {
        foreach (var member in telemetryContext.GetMembers())
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol held } && SymbolEqualityComparer.Default.Equals(held, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name of the property bag <paramref name="instance"/> reads: <c>TelemetryContext.GlobalProperties</c> or an item's
    /// <c>ISupportProperties.Properties</c>, whose entries go with the telemetry; otherwise <see langword="null"/>.
    /// </summary>
    private static string? ApplicationInsightsProperties(IOperation? instance, KnownSymbols known)
    {
        if (instance is not IPropertyReferenceOperation { Property: { ContainingType: { } type } bag })
        {
            return null;
        }

        if (bag.Name == "GlobalProperties" && SymbolEqualityComparer.Default.Equals(type, known.TelemetryContext))
        {
            return "TelemetryContext.GlobalProperties";
        }

        return bag.Name == "Properties" && known.SupportProperties is not null && KnownSymbols.IsOrImplements(type, known.SupportProperties)
            ? type.Name + ".Properties"
            : null;
    }

    private static bool IsSentry(INamedTypeSymbol type, KnownSymbols known) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, known.SentrySdk!.ContainingAssembly);

    private static SinkCall Sink(string name, IInvocationOperation invocation, Func<IArgumentOperation, bool> include, bool serializes) =>
        new(SinkKind.Telemetry, name, Destination, SinkCall.ValuesOf(invocation.Arguments, include), serializes);
}
