using System.CommandLine;

namespace Privacy.Kit.Cli.Tests;

/// <summary>Runs the command line in-process with captured output, as a terminal user would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PrivacyKitCommand.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
