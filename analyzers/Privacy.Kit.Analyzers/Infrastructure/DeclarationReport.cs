using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Reports a finding about a declaration at its name (the whole declaration would underline every member of a type)
/// while the baseline still matches it by the declaration's text, as for every other finding.
/// </summary>
internal static class DeclarationReport
{
    public static void ReportAt(
        this PrivacyCompilation privacy,
        Action<Diagnostic> report,
        DiagnosticDescriptor descriptor,
        SyntaxNode declaration,
        Location name,
        ISymbol symbol,
        ImmutableDictionary<string, string?> properties,
        params object?[] messageArgs) =>
        privacy.Report(
            found => report(Diagnostic.Create(found.Descriptor, name, found.Properties, messageArgs)),
            descriptor,
            declaration,
            symbol,
            properties,
            messageArgs);
}
