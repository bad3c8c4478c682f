using System.IO.Compression;

namespace Privacy.Kit.PackageTests.Infrastructure;

/// <summary>
/// Packs the library and the command line once per test run, under a version no other run uses, so a consumer's
/// restore can never pick a stale copy from the machine's package cache. Everything it creates is removed afterwards.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Version = $"0.0.0-test.{Guid.NewGuid():N}";
        Folder = Directory.CreateTempSubdirectory("privacy-kit-packages-").FullName;
        Pack("src/Privacy.Kit/Privacy.Kit.csproj");
        Pack("src/Privacy.Kit.Cli/Privacy.Kit.Cli.csproj");
    }

    /// <summary>The unique version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>The local folder the packages were written to: a package source for consumers.</summary>
    public string Folder { get; }

    public string LibraryPackage => Path.Combine(Folder, $"Privacy.Kit.{Version}.nupkg");

    public string LibrarySymbolsPackage => Path.Combine(Folder, $"Privacy.Kit.{Version}.snupkg");

    public string ToolPackage => Path.Combine(Folder, $"Privacy.Kit.Cli.{Version}.nupkg");

    public static IReadOnlyList<string> EntriesOf(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    public static string ReadEntry(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"'{entryName}' is not in {package}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public static byte[] ReadEntryBytes(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"'{entryName}' is not in {package}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        TryDelete(Folder);

        // A consumer's restore copied the packages into the machine cache; leave it as it was.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "privacy.kit", "privacy.kit.cli" })
        {
            var packageFolder = Path.Combine(cache, id);
            TryDelete(Path.Combine(packageFolder, Version));
            if (Directory.Exists(packageFolder) && !Directory.EnumerateFileSystemEntries(packageFolder).Any())
            {
                Directory.Delete(packageFolder);
            }
        }
    }

    private void Pack(string project) =>
        DotNet.Run(
            Repository.Root,
            "pack", project,
            "--no-build",
            "-c", Repository.Configuration,
            "-o", Folder,
            $"-p:PackageVersion={Version}").ShouldSucceed();

    internal static void TryDelete(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
