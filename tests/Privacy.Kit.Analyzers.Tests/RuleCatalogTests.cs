using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>Keeps rule ids, their documentation pages, help links and release tracking in step.</summary>
public sealed partial class RuleCatalogTests
{
    internal static readonly string RepositoryRoot = FindRepositoryRoot();

    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    private static readonly DiagnosticAnalyzer[] Analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    [Fact]
    public void Every_id_constant_has_exactly_one_descriptor()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order();

        Assert.Equal(ids, Descriptors.Select(d => d.Id).Order());
    }

    [Fact]
    public void Every_descriptor_links_to_its_documentation_page_which_exists()
    {
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id} has no page at docs/rules/{descriptor.Id}.md");
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", File.ReadLines(page).First());
        }
    }

    [Fact]
    public void Every_documentation_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot, "docs", "rules"), "PK*.md").Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(Descriptors.Select(d => d.Id).Order(), pages);
    }

    [Fact]
    public void Every_rule_page_explains_what_why_bad_good_configuration_and_suppression()
    {
        foreach (var descriptor in Descriptors)
        {
            var text = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md"));
            foreach (var section in new[] { "## What it finds", "## Why", "## Configuration", "## Suppression" })
            {
                Assert.Contains(section, text, StringComparison.Ordinal);
            }

            Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_category_and_severity()
    {
        var tracked = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadLines(Path.Combine(RepositoryRoot, "analyzers", "Privacy.Kit.Analyzers", f)))
            .Select(line => ReleaseLine().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => (Category: m.Groups["category"].Value, Severity: m.Groups["severity"].Value));

        Assert.Equal(Descriptors.Select(d => d.Id).Order(), tracked.Keys.Order());
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString()), tracked[descriptor.Id]);
        }
    }

    [Fact]
    public void Every_descriptor_is_reported_by_an_analyzer_and_every_analyzer_uses_catalogued_descriptors()
    {
        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();

        Assert.All(supported, d => Assert.Contains(d, Descriptors));
        Assert.All(Descriptors, d => Assert.Contains(d, supported));
    }

    [Fact]
    public void Every_rule_runs_in_the_analyzer_the_compiler_loads_exactly_once()
    {
        var rules = typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Privacy.Kit.Analyzers.Infrastructure.PrivacyAnalyzer)))
            .Select(t => t.FullName)
            .Order();

        Assert.Equal(rules, AllRulesAnalyzer.Rules.Select(r => r.GetType().FullName).Order());
    }

    [Fact]
    public void The_compiler_loads_only_the_analyzer_of_all_rules_and_the_baseline_check()
    {
        Assert.Equal(
            new[] { typeof(AllRulesAnalyzer), typeof(Privacy.Kit.Analyzers.Rules.BaselineFileAnalyzer) }.Select(t => t.FullName).Order(),
            Analyzers.Select(a => a.GetType().FullName).Order());
    }

    [GeneratedRegex(@"^(?<id>PK\d{4})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>\w+)\s*\|")]
    private static partial Regex ReleaseLine();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Privacy.Kit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Privacy.Kit.sln above " + AppContext.BaseDirectory);
    }
}
