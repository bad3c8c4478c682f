namespace Privacy.Kit.Tests.Conventions;

/// <summary>
/// One spelling, Microsoft.Extensions' <c>-ize</c>, in the libraries (their API files, code and messages) and the rule pages.
/// The analyzers and the shared name heuristics are left out: they must recognise users' identifiers in either spelling.
/// </summary>
public sealed class SpellingTests
{
    // Spelled in two parts so this file does not hold what it looks for.
    private static readonly string BritishSpelling = "pseudonym" + "is";

    private static readonly string NameHeuristics = Path.Combine(RepositoryFiles.Root, "src", "Shared", "Kinds", "NameHeuristics.cs");

    [Fact]
    public void No_source_or_rule_page_spells_pseudonymize_with_an_s()
    {
        string[] offenders = new[] { "src", "docs" }
            .SelectMany(folder => RepositoryFiles.Under(folder, ".cs", ".md", ".json", ".txt"))
            .Where(path => path != NameHeuristics && File.ReadAllText(path).Contains(BritishSpelling, StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .ToArray();

        Assert.Empty(offenders);
    }
}
