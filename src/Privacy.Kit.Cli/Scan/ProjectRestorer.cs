using System.Diagnostics;

namespace Privacy.Kit.Cli.Scan;

/// <summary>
/// Runs <c>dotnet restore</c> on what is about to be scanned, with the SDK MSBuild was located in. MSBuild loads a
/// project that was never restored without its package references, and the analyzers would then see classification
/// attributes that do not resolve and report every classified member as unclassified.
/// </summary>
internal static class ProjectRestorer
{
    /// <summary>Restores <paramref name="target"/> (a solution or project); a failure is a one-line <see cref="ScanLoadException"/>.</summary>
    /// <param name="target">The solution or project file.</param>
    /// <param name="msbuildPath">The SDK folder MSBuildLocator registered (<c>.../sdk/&lt;version&gt;/</c>).</param>
    /// <param name="cancellationToken">Stops the restore.</param>
    /// <param name="properties">MSBuild properties passed as <c>-p:Name=Value</c>.</param>
    /// <param name="progress">Where the restore's warnings are printed (they never stop the scan).</param>
    public static async Task RestoreAsync(string target, string msbuildPath, IReadOnlyDictionary<string, string> properties, TextWriter progress, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "restore", target, "--nologo", "-verbosity:quiet" };
        foreach (var (name, value) in properties)
        {
            arguments.Add($"-p:{name}={value}");
        }

        var start = new ProcessStartInfo(DotNetHost(msbuildPath), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)
            ?? throw new ScanLoadException($"cannot restore '{target}': 'dotnet restore' did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var lines = (await output.ConfigureAwait(false) + await error.ConfigureAwait(false))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            var message = lines.FirstOrDefault(line => line.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? $"exit code {process.ExitCode}";
            throw new ScanLoadException($"cannot restore '{target}': {message} (restore it yourself and pass --no-restore, or pass --allow-compile-errors to scan what restores)");
        }

        foreach (var warning in lines.Where(line => line.Contains(": warning ", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal))
        {
            progress.WriteLine($"privacy-kit scan: warning: {warning}");
        }
    }

    // The dotnet executable of the SDK MSBuild came from: <root>/sdk/<version>/ lies two levels below <root>/dotnet.
    private static string DotNetHost(string msbuildPath)
    {
        var root = Directory.GetParent(Path.TrimEndingDirectorySeparator(msbuildPath))?.Parent?.FullName;
        var host = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return host is not null && File.Exists(host) ? host : "dotnet";
    }
}
