namespace Privacy.Kit.Cli.Scan;

/// <summary>Paths in reports: relative to the scanned folder with forward slashes, so reports are stable across machines.</summary>
internal static class ScanPaths
{
    public static string Relative(string path, string root) =>
        string.IsNullOrEmpty(path) ? path : Path.GetRelativePath(root, path).Replace('\\', '/');
}
