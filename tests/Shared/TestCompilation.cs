using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Testing;

/// <summary>
/// What every analyzer and code-fix test compiles against, offline: the .NET 10 reference assemblies from
/// Basic.Reference.Assemblies, the logging, compliance and telemetry abstractions, and Privacy.Kit itself.
/// </summary>
internal static class TestCompilation
{
    /// <summary>An empty reference set: the references come from <see cref="References"/>, never from a download.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Redactor).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.LogPropertiesAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Privacy.Kit.PrivacyTaxonomy).Assembly.Location),
    ];

    /// <summary>The usings every test source gets, so a test shows only the code under test.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.Extensions.Compliance.Classification;
        global using Microsoft.Extensions.Compliance.Redaction;
        global using Microsoft.Extensions.Logging;
        global using Privacy.Kit;
        """;

    /// <summary>Applies the references, usings and options to a test's state.</summary>
    public static void Configure(SolutionState state, string? editorConfig, string? baseline, bool topLevelStatements)
    {
        state.AdditionalReferences.AddRange(References);
        state.Sources.Add(("/0/GlobalUsings.cs", GlobalUsings));
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        if (baseline is not null)
        {
            state.AdditionalFiles.Add(("/0/privacy-kit.baseline.json", baseline));
        }

        if (topLevelStatements)
        {
            state.OutputKind = OutputKind.ConsoleApplication;
        }
    }
}
