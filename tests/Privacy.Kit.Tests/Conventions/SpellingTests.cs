namespace Privacy.Kit.Tests.Conventions;

/// <summary>One spelling, Microsoft.Extensions' <c>-ize</c>, in the public API, its messages and the rule pages.</summary>
public sealed class SpellingTests
{
    // Spelled in two parts so this file does not hold what it looks for.
    private static readonly string BritishSpelling = "pseudonym" + "is";

    [Fact]
    public void No_source_or_rule_page_spells_pseudonymize_with_an_s()
    {
        string[] offenders = new[] { "src", "analyzers", "docs" }
            .SelectMany(folder => RepositoryFiles.Under(folder, ".cs", ".md", ".json"))
            .Where(path => File.ReadAllText(path).Contains(BritishSpelling, StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .ToArray();

        Assert.Empty(offenders);
    }
}
