namespace Privacy.Kit.Cli.Tests;

/// <summary>One convention for every command: exit codes, one-line errors, values and required options in help.</summary>
public sealed class CommandLineConventionsTests
{
    [Fact]
    public void A_bad_choice_names_the_valid_values_and_not_a_type()
    {
        var run = CliRun.Of("scan", ".", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format: unknown value 'xml'; expected text, json or sarif.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy.Kit.Cli", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Help_shows_the_values_of_a_choice()
    {
        var run = CliRun.Of("scan", "--help");

        Assert.Contains("--format <text|json|sarif>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_an_optional_argument_as_optional_in_the_command_list_and_the_usage()
    {
        var root = CliRun.Of("--help");
        var redact = CliRun.Of("redact", "--help");

        Assert.Contains("  redact [FILE]", root.Output, StringComparison.Ordinal);
        Assert.Contains("  scan <PATH>", root.Output, StringComparison.Ordinal);
        Assert.Contains(" redact [FILE] [options]", redact.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<FILE>", redact.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_marks_required_options_and_shows_no_pass_through_arguments()
    {
        var run = CliRun.Of("consent", "check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--db <DB> (REQUIRED)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--jurisdiction <NL|BE> (REQUIRED)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Arguments passed to the application", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_argument_is_a_usage_error_with_exit_code_2()
    {
        var run = CliRun.Of("consent", "verify", "--db", "a.db", "extra");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("privacy-kit consent verify: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("'extra'", run.Error, StringComparison.Ordinal);
    }
}
