using System.Reflection;

namespace Privacy.Kit.PackageTests.Infrastructure;

/// <summary>Where the repository is and which configuration the test run was built in.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepoRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Metadata(string key)
    {
        foreach (var attribute in typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == key && attribute.Value is { Length: > 0 } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException($"The test assembly carries no '{key}' metadata; build it through its project file.");
    }
}
