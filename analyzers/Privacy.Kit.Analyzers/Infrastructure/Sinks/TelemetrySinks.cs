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
        known.Activity is not null || known.Instrument is not null || known.TelemetryClient is not null || known.SentrySdk is not null;

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

        if (known.TelemetryClient is not null && type.Name == "UserContext"
            && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, known.TelemetryClient.ContainingAssembly))
        {
            return new SinkCall(SinkKind.Telemetry, "UserContext." + property.Name, Destination, [assignment.Value], serializes: false);
        }

        return null;
    }

    private static bool IsSentry(INamedTypeSymbol type, KnownSymbols known) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, known.SentrySdk!.ContainingAssembly);

    private static SinkCall Sink(string name, IInvocationOperation invocation, Func<IArgumentOperation, bool> include, bool serializes) =>
        new(SinkKind.Telemetry, name, Destination, SinkCall.ValuesOf(invocation.Arguments, include), serializes);
}
