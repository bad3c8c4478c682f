using System.Diagnostics;

namespace Privacy.Kit.Cli.Tests;

/// <summary>Runs the built <c>privacy-kit</c> executable as a separate process, exactly as a shell would.</summary>
internal static class CliProcess
{
    public static CliRun Run(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "privacy-kit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"privacy-kit {string.Join(' ', args)} did not finish.");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    private static string DotNetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
