using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Testing;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>Every rule runs over this repository's own C# code without throwing (no AD0001).</summary>
public sealed class RepositoryAnalysisTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    [Theory]
    [InlineData("src")]
    [InlineData("analyzers")]
    [InlineData("tests")]
    [InlineData("benchmarks")]
    [InlineData("samples")]
    public async Task Analyzers_do_not_throw_on_the_repository_code(string folder)
    {
        var root = Path.Combine(RuleCatalogTests.RepositoryRoot, folder);
        if (!Directory.Exists(root))
        {
            return;
        }

        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .Append(CSharpSyntaxTree.ParseText(TestCompilation.GlobalUsings, parseOptions, "GlobalUsings.cs"))
            .ToArray();
        Assert.NotEmpty(trees);

        // One compilation per folder: projects overlap in type names and miss some references, so it has errors.
        // The analyzers must cope with that as they do in an IDE while code is being typed.
        var compilation = CSharpCompilation.Create(
            folder,
            trees,
            TestCompilation.References.AddRange(
                MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
