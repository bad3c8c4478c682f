using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Privacy.Kit.PackageTests.Infrastructure;

namespace Privacy.Kit.PackageTests;

[Collection(PackageCollection.Name)]
public sealed class LibraryPackageTests(PackedPackages packages)
{
    private static readonly string[] AnalyzerAssemblies = ["Privacy.Kit.Analyzers.dll", "Privacy.Kit.CodeFixes.dll"];

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Library_package_holds_the_runtime_assembly_and_its_docs_for_each_target_framework(string framework)
    {
        var entries = PackedPackages.EntriesOf(packages.LibraryPackage);

        Assert.Contains($"lib/{framework}/Privacy.Kit.dll", entries);
        Assert.Contains($"lib/{framework}/Privacy.Kit.xml", entries);
    }

    [Fact]
    public void Library_package_ships_the_analyzers_and_code_fixes_for_the_csharp_compiler_only()
    {
        var entries = PackedPackages.EntriesOf(packages.LibraryPackage);

        foreach (var assembly in AnalyzerAssemblies)
        {
            Assert.Contains($"analyzers/dotnet/cs/{assembly}", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(assembly, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Analyzer_assemblies_never_reference_the_runtime_library()
    {
        foreach (var assembly in AnalyzerAssemblies)
        {
            var bytes = PackedPackages.ReadEntryBytes(packages.LibraryPackage, $"analyzers/dotnet/cs/{assembly}");
            using var pe = new PEReader(new MemoryStream(bytes));
            var metadata = pe.GetMetadataReader();

            var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();

            Assert.DoesNotContain("Privacy.Kit", references);
        }
    }

    [Fact]
    public void Library_package_carries_readme_license_and_repository_metadata()
    {
        var entries = PackedPackages.EntriesOf(packages.LibraryPackage);
        var nuspec = Nuspec();

        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.False(string.IsNullOrEmpty(repository.Attribute("url")?.Value), "The repository url is missing from the nuspec.");
    }

    [Fact]
    public void Library_package_declares_its_runtime_dependencies_for_each_target_framework()
    {
        var groups = Nuspec().Descendants().Where(e => e.Name.LocalName == "group").ToArray();

        Assert.Contains(groups, g => g.Attribute("targetFramework")?.Value == "net8.0");
        Assert.Contains(groups, g => g.Attribute("targetFramework")?.Value == "net10.0");
        string[] dependencies = ["Microsoft.Extensions.Compliance.Abstractions", "Microsoft.Extensions.Telemetry", "Microsoft.Extensions.Telemetry.Abstractions"];
        Assert.All(groups, g => Assert.All(dependencies, id => Assert.Contains(g.Elements(), d => d.Attribute("id")?.Value == id)));
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Symbols_package_holds_the_pdb_for_each_target_framework(string framework)
    {
        Assert.Contains($"lib/{framework}/Privacy.Kit.pdb", PackedPackages.EntriesOf(packages.LibrarySymbolsPackage));
    }

    private XDocument Nuspec() => XDocument.Parse(PackedPackages.ReadEntry(packages.LibraryPackage, "Privacy.Kit.nuspec"));

    private static string? Element(XDocument nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
