namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary>A project is restored before it is scanned, so its package references resolve and the findings are real.</summary>
public sealed class ScanRestoreTests
{
    [Fact]
    public void Never_restored_project_is_restored_and_its_leak_found()
    {
        using var project = new LeakyProject();

        var run = CliRun.Of("scan", project.ProjectFile);

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Contains("privacy-kit scan: restoring Leaky.csproj", run.Error, StringComparison.Ordinal);
        Assert.Contains("PK1001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_restored_project_with_no_restore_is_refused_with_exit_code_2_instead_of_false_findings()
    {
        using var project = new LeakyProject();

        var run = CliRun.Of("scan", project.ProjectFile, "--no-restore");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("project 'Leaky' does not compile", run.Error, StringComparison.Ordinal);
        Assert.Contains("restore or build it first", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
