using System.Reflection;

namespace Privacy.Kit.Cli.Tests;

public sealed class RootCommandTests
{
    [Fact]
    public void Help_describes_the_tool_and_succeeds()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("privacy-kit", run.Output, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var expected = typeof(PrivacyKitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliProcess.Run(standardInput: null, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Output.Trim());
    }

    [Fact]
    public void Unknown_command_fails_with_a_message_and_no_stack_trace()
    {
        var run = CliRun.Of("no-such-command");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
