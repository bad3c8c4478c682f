namespace Privacy.Kit.Tests.Conventions;

/// <summary>One spelling, Microsoft.Extensions' <c>-ize</c>, in code, messages and documents alike.</summary>
public sealed class SpellingTests
{
    private static readonly string[] Extensions = [".cs", ".md", ".json", ".csproj", ".props", ".targets", ".txt"];

    [Fact]
    public void Nothing_in_the_repository_spells_pseudonymize_with_an_s()
    {
        string root = RepositoryRoot();
        string[] offenders = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.Ordinal) && !IsBuildOutput(root, path))
            .Where(path => File.ReadAllText(path).Contains("pseudonymis", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(root, path))
            .ToArray();

        Assert.Empty(offenders);
    }

    private static bool IsBuildOutput(string root, string path)
    {
        string[] parts = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar);
        return parts.Any(part => part is "bin" or "obj" or ".git" or "TestResults" or "BenchmarkDotNet.Artifacts");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Privacy.Kit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Privacy.Kit.sln) is not above the test assembly.");
    }
}
