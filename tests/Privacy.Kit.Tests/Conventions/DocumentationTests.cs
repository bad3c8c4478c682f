using System.Reflection;
using System.Text.RegularExpressions;

namespace Privacy.Kit.Tests.Conventions;

/// <summary>The README and the rule pages say what the code does: every rule is in the table, every named member exists.</summary>
public sealed partial class DocumentationTests
{
    private static readonly string Root = RepositoryFiles.Root;

    public static TheoryData<string> RulePages()
    {
        var data = new TheoryData<string>();
        foreach (string page in Directory.EnumerateFiles(Path.Combine(Root, "docs", "rules"), "PK*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(page));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RulePages))]
    public void Every_rule_page_is_a_row_of_the_readme_rules_table(string rule) =>
        Assert.Contains($"| [{rule}](docs/rules/{rule}.md) |", Readme(), StringComparison.Ordinal);

    [Fact]
    public void Every_rule_the_readme_links_has_a_page() =>
        Assert.All(RuleLink().Matches(Readme()), link => Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", link.Groups["rule"].Value + ".md")), link.Value));

    [Fact]
    public void Every_library_member_the_documents_name_exists()
    {
        Dictionary<string, Type[]> types = typeof(PrivacyTaxonomy).Assembly.GetExportedTypes()
            .GroupBy(type => type.Name.Split('`')[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (string document in Documents())
        {
            foreach (Match reference in MemberReference().Matches(File.ReadAllText(document)))
            {
                string type = reference.Groups["type"].Value;
                string member = reference.Groups["member"].Value;
                if (types.TryGetValue(type, out Type[]? candidates) && !candidates.Any(candidate => HasMember(candidate, member)))
                {
                    missing.Add($"{Path.GetRelativePath(Root, document)}: {type}.{member}");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static bool HasMember(Type type, string member) =>
        type.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy).Length > 0
        || type.GetInterfaces().Any(face => face.GetMember(member).Length > 0);

    private static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(Path.Combine(Root, "docs", "rules"), "*.md").Prepend(Path.Combine(Root, "README.md"));

    private static string Readme() => File.ReadAllText(Path.Combine(Root, "README.md"));

    [GeneratedRegex(@"\[(?<rule>PK\d{4})\]\(docs/rules/")]
    private static partial Regex RuleLink();

    // `Type.Member`, `Type.Member(...)`, `Type.Member<T>` and `new Type(...).Member` inside inline code or code blocks.
    [GeneratedRegex(@"(?<![\w.])(?<type>[A-Z][A-Za-z0-9]+)\.(?<member>[A-Z][A-Za-z0-9]+)\b")]
    private static partial Regex MemberReference();
}
