namespace Privacy.Kit.Tests.Conventions;

/// <summary>The repository the tests were built from, for checks that read its sources and documents.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The files below <paramref name="folder"/> (relative to the root) ending in one of <paramref name="extensions"/>, build output excluded.</summary>
    public static IEnumerable<string> Under(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
            .Where(path => extensions.Contains(Path.GetExtension(path), StringComparer.Ordinal) && !IsBuildOutput(path));

    private static bool IsBuildOutput(string path) =>
        Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "TestResults" or "BenchmarkDotNet.Artifacts");

    private static string FindRoot()
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
