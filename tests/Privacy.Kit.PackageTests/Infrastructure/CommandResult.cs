namespace Privacy.Kit.PackageTests.Infrastructure;

/// <summary>The exit code and combined output of a finished command.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    public CommandResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"Expected success, got exit code {ExitCode}:\n{Output}");
        return this;
    }
}
