using System.Diagnostics;
using System.Text;

namespace Privacy.Kit.PackageTests.Infrastructure;

/// <summary>Runs the .NET SDK the way a user would, capturing everything it prints.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Start(workingDirectory, arguments, new Dictionary<string, string>(), output);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'dotnet {string.Join(' ', arguments)}' did not finish within {Timeout}:\n{output}");
        }

        process.WaitForExit();
        return new CommandResult(process.ExitCode, output.ToString());
    }

    /// <summary>Runs until the output holds <paramref name="marker"/>, then kills the process tree; exit code 0 when the marker came.</summary>
    public static CommandResult RunUntil(string workingDirectory, string marker, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Start(workingDirectory, arguments, environment, output);
        var deadline = DateTime.UtcNow + Timeout;
        while (!Contains(output, marker) && !process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        // The console logger writes on a background thread: give the lines around the marker a moment.
        Thread.Sleep(500);
        var found = Contains(output, marker);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        Assert.True(found, $"'dotnet {string.Join(' ', arguments)}' never printed '{marker}':\n{output}");
        return new CommandResult(0, output.ToString());
    }

    private static Process Start(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, StringBuilder output)
    {
        var start = new ProcessStartInfo(Executable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The consumer build must not inherit the test host's MSBuild state (it would pin the SDK resolver to ours).
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static bool Contains(StringBuilder output, string marker)
    {
        lock (output)
        {
            return output.ToString().Contains(marker, StringComparison.Ordinal);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Executable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
