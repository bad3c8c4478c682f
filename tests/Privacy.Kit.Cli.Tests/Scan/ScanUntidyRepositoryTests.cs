namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary><c>privacy-kit scan</c> on code shaped like real repositories: load problems are printed, never fatal.</summary>
public sealed class ScanUntidyRepositoryTests(UntidyProject project) : IClassFixture<UntidyProject>
{
    [Fact]
    public void Compile_errors_are_refused_unless_allowed_and_the_refusal_says_how()
    {
        var run = CliRun.Of("scan", project.ProjectFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--allow-compile-errors", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_compile_errors_analyse_what_binds_list_the_broken_files_and_print_load_problems()
    {
        var run = CliRun.Of("scan", project.ProjectFile, "--allow-compile-errors");

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Contains("'phoneNumber' (PhoneNumber)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Broken.cs", run.Error, StringComparison.Ordinal);
        Assert.Contains("Missing.csproj", run.Error, StringComparison.Ordinal);
        Assert.Contains("PrivacyKit.Tests.NotOnAnyFeed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'email'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Msbuild_properties_given_with_p_decide_what_is_compiled()
    {
        var run = CliRun.Of("scan", project.ProjectFile, "--allow-compile-errors", "-p:WithAudit=true", "-p:Configuration=Release");

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Contains("'email' (EmailAddress)", run.Output, StringComparison.Ordinal);
        Assert.Contains("'phoneNumber' (PhoneNumber)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_without_a_value_is_a_usage_error()
    {
        var run = CliRun.Of("scan", project.ProjectFile, "-p:WithAudit");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Name=Value", run.Error, StringComparison.Ordinal);
    }
}
