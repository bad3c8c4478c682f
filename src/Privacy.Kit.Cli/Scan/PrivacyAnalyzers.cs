extern alias analyzers;

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using analyzers::Privacy.Kit.Analyzers.Baseline;

namespace Privacy.Kit.Cli.Scan;

/// <summary>The Privacy.Kit analyzers, taken from the analyzer assembly that ships beside the tool.</summary>
internal static class PrivacyAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
    [
        .. typeof(BaselineFingerprint).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) &&
                t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];
}
