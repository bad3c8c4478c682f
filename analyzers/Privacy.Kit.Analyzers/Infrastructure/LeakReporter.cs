using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Reports the personal data reaching a sink: scalar values (PK1001-PK1003) or whole objects (PK1004).</summary>
internal static class LeakReporter
{
    /// <summary>The diagnostic property with the kind of the leaked data, for code fixes.</summary>
    public const string KindProperty = "PrivacyKit.Kind";

    /// <summary>The PK1004 diagnostic property set when the object is written as its <c>ToString</c>, for code fixes.</summary>
    public const string PrintedProperty = "PrivacyKit.Printed";

    /// <summary>
    /// Reports each value of <paramref name="sink"/> that carries personal data (not as a whole object) with
    /// <paramref name="descriptor"/>; <paramref name="messageArgs"/> builds the message from the origin.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static void ReportValues(
        OperationAnalysisContext context,
        PrivacyCompilation privacy,
        PersonalDataFlow flow,
        SinkCall sink,
        DiagnosticDescriptor descriptor,
        Func<PersonalDataOrigin, object?[]> messageArgs,
        bool asText = false)
    {
        foreach (var value in sink.Values)
        {
            // Every source the value carries is reported, each where it is written.
            for (var origin = asText ? flow.TraceAsText(value) : flow.Trace(value); origin is not null; origin = origin.Next)
            {
                if (!origin.IsWholeObject && !origin.IsParameter)
                {
                    Report(context, privacy, descriptor, value, origin, messageArgs(origin));
                }
            }
        }
    }

    /// <summary>
    /// Reports each value of <paramref name="sink"/> that is an object holding personal data in the form the sink
    /// writes it (PK1004): its members when the sink serialises or destructures it, else what its ToString prints.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static void ReportWholeObjects(OperationAnalysisContext context, PrivacyCompilation privacy, PersonalDataFlow flow, SinkCall sink)
    {
        foreach (var value in sink.Values)
        {
            for (var origin = flow.Trace(value); origin is not null; origin = origin.Next)
            {
                if (origin.Held is not { } held || origin.IsParameter || (sink.Kind == SinkKind.Log && IsReportedAtDeclaration(value, privacy)))
                {
                    continue;
                }

                var membered = sink.WritesMembersOf(value);
                var written = membered ? held : flow.Classifier.PrintedBy(Unwrap(value).Type);
                if (written is not null)
                {
                    Report(context, privacy, DiagnosticDescriptors.ObjectWithPersonalDataLeaked, value, origin,
                        [origin.Display, written.Describe(), Verb(sink), sink.Name], printed: !membered);
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> is passed to a <c>[LoggerMessage]</c> parameter of this compilation that is
    /// reported where it is declared (the fix belongs there, not at every call).
    /// </summary>
    private static bool IsReportedAtDeclaration(IOperation value, PrivacyCompilation privacy) =>
        value.Parent is IArgumentOperation { Parameter: { } parameter }
        && parameter.Locations.Length > 0 && parameter.Locations[0].SourceTree is { } tree
        && parameter.ContainingSymbol is IMethodSymbol method && privacy.HasLoggerMessageAttribute(method)
        && LoggerMessageParameters.PrintedWhole(parameter, privacy.ClassifierFor(tree)) is not null;

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>How PK1004 says where a whole object goes.</summary>
    public static string Verb(SinkCall sink) => Verb(sink.Kind, sink.Destination);

    /// <summary>How PK1004 says where a whole object goes, for a sink of <paramref name="kind"/>.</summary>
    public static string Verb(SinkKind kind, string destination) => kind switch
    {
        SinkKind.Log => "written to a log",
        SinkKind.Vendor => "sent to " + destination,
        SinkKind.Telemetry => "written to telemetry",
        _ => "thrown",
    };

    /// <summary>
    /// Reports on the source expression when it is written inside the sink's argument (so a fix can wrap exactly it),
    /// else on the argument.
    /// </summary>
    public static void Report(
        OperationAnalysisContext context,
        PrivacyCompilation privacy,
        DiagnosticDescriptor descriptor,
        IOperation value,
        PersonalDataOrigin origin,
        object?[] messageArgs,
        bool printed = false)
    {
        var location = origin.Syntax.SyntaxTree == value.Syntax.SyntaxTree && value.Syntax.Span.Contains(origin.Syntax.Span)
            ? origin.Syntax
            : value.Syntax;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, origin.Kind);
        if (printed)
        {
            properties = properties.Add(PrintedProperty, "true");
        }

        privacy.Report(context.ReportDiagnostic, descriptor, location, context.ContainingSymbol, properties, messageArgs);
    }
}
