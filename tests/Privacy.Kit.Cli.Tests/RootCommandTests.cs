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
    public void Unknown_command_fails_with_exit_code_2_a_message_and_no_stack_trace()
    {
        var run = CliRun.Of("no-such-command");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_option_is_a_usage_error_with_exit_code_2_not_a_denial()
    {
        var run = CliRun.Of("consent", "check", "--db", "a.db", "--db", "b.db", "--subject", "s", "--purpose", "service", "--channel", "phone");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--db", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'privacy-kit consent check --help' for usage.", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error_with_exit_code_2()
    {
        var run = CliRun.Of("consent", "check", "--db", "a.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--subject", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_a_sub_command_succeeds_without_its_required_options()
    {
        var run = CliRun.Of("consent", "check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--jurisdiction", run.Output, StringComparison.Ordinal);
    }
}
