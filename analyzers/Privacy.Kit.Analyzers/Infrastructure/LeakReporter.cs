using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers.Infrastructure.Sinks;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Reports the personal data reaching a sink: scalar values (PK1001-PK1003) or whole objects (PK1004).</summary>
internal static class LeakReporter
{
    /// <summary>The diagnostic property with the kind of the leaked data, for code fixes.</summary>
    public const string KindProperty = "PrivacyKit.Kind";

    /// <summary>
    /// Reports each value of <paramref name="sink"/> that carries personal data (not as a whole object) with
    /// <paramref name="descriptor"/>; <paramref name="messageArgs"/> builds the message from the origin.
    /// </summary>
    public static void ReportValues(
        OperationAnalysisContext context,
        PrivacyCompilation privacy,
        PersonalDataFlow flow,
        SinkCall sink,
        DiagnosticDescriptor descriptor,
        Func<PersonalDataOrigin, object?[]> messageArgs)
    {
        foreach (var value in sink.Values)
        {
            if (flow.Trace(value) is { IsWholeObject: false } origin)
            {
                Report(context, privacy, descriptor, value, origin, messageArgs(origin));
            }
        }
    }

    /// <summary>Reports each value of <paramref name="sink"/> that is an object holding personal data (PK1004).</summary>
    public static void ReportWholeObjects(OperationAnalysisContext context, PrivacyCompilation privacy, PersonalDataFlow flow, SinkCall sink)
    {
        foreach (var value in sink.Values)
        {
            if (flow.Trace(value) is { Held: { } held } origin)
            {
                Report(context, privacy, DiagnosticDescriptors.ObjectWithPersonalDataLeaked, value, origin,
                    [origin.Display, held.Member, held.Kind, Verb(sink), sink.Name]);
            }
        }
    }

    /// <summary>How PK1004 says where a whole object goes.</summary>
    public static string Verb(SinkCall sink) => sink.Kind switch
    {
        SinkKind.Log => "written to a log",
        SinkKind.Vendor => "sent to " + sink.Destination,
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
        object?[] messageArgs)
    {
        var location = origin.Syntax.SyntaxTree == value.Syntax.SyntaxTree && value.Syntax.Span.Contains(origin.Syntax.Span)
            ? origin.Syntax
            : value.Syntax;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, origin.Kind);
        privacy.Report(context.ReportDiagnostic, descriptor, location, context.ContainingSymbol, properties, messageArgs);
    }
}
