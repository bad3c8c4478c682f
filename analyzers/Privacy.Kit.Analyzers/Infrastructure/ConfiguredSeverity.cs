using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Whether the user turned a diagnostic off (<c>none</c>) in every file of a compilation, read in the compiler's order:
/// the command line and a ruleset (<c>/nowarn</c>, <c>/warnaserror+:id</c>), then the file's <c>.editorconfig</c>
/// or a <c>.globalconfig</c> (<c>dotnet_diagnostic.id.severity</c>), then the default, then the bulk keys
/// (<c>dotnet_analyzer_diagnostic.category-c.severity</c>, <c>dotnet_analyzer_diagnostic.severity</c>).
/// </summary>
/// <remarks>
/// The compiler skips an analyzer only when all its diagnostics are off; <see cref="AllRulesAnalyzer"/> runs every
/// rule, so it asks this for each rule itself. Where the answer is unsure it says "on": a rule that runs for nothing
/// costs time, a rule skipped wrongly loses findings. <c>#pragma warning disable</c> covers spans, never a whole
/// compilation, and is not read.
/// </remarks>
internal static class ConfiguredSeverity
{
    private const string BulkSeverityKey = "dotnet_analyzer_diagnostic.severity";

    /// <summary>Whether no file of <paramref name="compilation"/> can report <paramref name="descriptor"/>.</summary>
    public static bool IsOffEverywhere(DiagnosticDescriptor descriptor, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable))
        {
            return false;
        }

        var categoryKey = "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity";
        var anyFile = false;
        foreach (var tree in compilation.SyntaxTrees)
        {
            anyFile = true;
            if (!IsOff(descriptor, categoryKey, tree, compilation.Options, options, cancellationToken))
            {
                return false;
            }
        }

        return anyFile;
    }

    private static bool IsOff(DiagnosticDescriptor descriptor, string categoryKey, SyntaxTree tree, CompilationOptions compilationOptions, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var treeOptions = compilationOptions.SyntaxTreeOptionsProvider;
        var configured = ReportDiagnostic.Default;
        var inConfigFile = treeOptions is not null
            && (treeOptions.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out configured)
                || treeOptions.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out configured));

        if (compilationOptions.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var onCommandLine))
        {
            // Default is what '/warnaserror-:id' leaves: the config files still decide, the bulk keys do not.
            return onCommandLine == ReportDiagnostic.Default ? inConfigFile && configured == ReportDiagnostic.Suppress : onCommandLine == ReportDiagnostic.Suppress;
        }

        if (inConfigFile)
        {
            return configured == ReportDiagnostic.Suppress;
        }

        if (!descriptor.IsEnabledByDefault)
        {
            return true;
        }

        // The bulk keys apply only to a rule on by default that nothing above configured; the category's comes first.
        var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return (fileOptions.TryGetValue(categoryKey, out var bulk)
                || fileOptions.TryGetValue(BulkSeverityKey, out bulk))
            && string.Equals(bulk.Trim(), "none", StringComparison.OrdinalIgnoreCase);
    }
}
