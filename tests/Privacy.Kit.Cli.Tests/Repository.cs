using System.Xml.Linq;

namespace Privacy.Kit.Cli.Tests;

/// <summary>The repository the tests run from: its root, and the package versions it pins centrally.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The version <c>Directory.Packages.props</c> pins for <paramref name="package"/>, so a test project restores from the same source offline.</summary>
    public static string PackageVersion(string package) =>
        XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Privacy.Kit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Privacy.Kit.sln) is not above the test output.");
    }
}
