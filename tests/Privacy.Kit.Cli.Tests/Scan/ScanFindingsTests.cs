using System.Text.Json;

namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary><c>privacy-kit scan</c> on a project with a real leak: the exit code, each report format and the files it writes.</summary>
public sealed class ScanFindingsTests(LeakyProject project) : IClassFixture<LeakyProject>
{
    [Fact]
    public void Leak_fails_the_scan_with_exit_code_1_and_names_rule_member_and_sink()
    {
        var run = CliRun.Of("scan", project.ProjectFile);

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Contains("PK1001", run.Output, StringComparison.Ordinal);
        Assert.Contains("'customer.Email'", run.Output, StringComparison.Ordinal);
        Assert.Contains("Notifier.cs", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_lists_members_recognised_only_by_name_as_unclassified_next_to_classified_ones()
    {
        var record = Path.Combine(project.Folder, "record-by-name.md");

        var run = CliRun.Of("scan", project.ProjectFile, "--record-of-processing", record);

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Contains("Email: EmailAddress (recognised by name, unclassified)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Token: Secret", run.Output, StringComparison.Ordinal);
        Assert.Contains("`Leaky.Customer.Email` (by name, unclassified)", File.ReadAllText(record), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_gives_each_finding_with_rule_severity_location_and_member()
    {
        var run = CliRun.Of("scan", project.ProjectFile, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var leak = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PK1001");
        Assert.Equal("warning", leak.GetProperty("severity").GetString());
        Assert.Equal("Notifier.cs", leak.GetProperty("file").GetString());
        Assert.Equal(16, leak.GetProperty("line").GetInt32());
        Assert.Equal("Leaky.Notifier.Notify", leak.GetProperty("member").GetString());
        Assert.Contains("WriteLine", leak.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_report_is_version_2_1_0_with_rule_help_and_a_located_result()
    {
        var output = Path.Combine(project.Folder, "scan.sarif");

        var run = CliRun.Of("scan", project.ProjectFile, "--format", "sarif", "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var sarifRun = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var rule = Assert.Single(sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "PK1001");
        Assert.EndsWith("docs/rules/PK1001.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        var result = Assert.Single(sarifRun.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "PK1001");
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("Notifier.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(16, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("partialFingerprints").GetProperty("privacyKit/v1").GetString()));
    }

    [Fact]
    public void Record_of_processing_lists_the_personal_data_found()
    {
        var record = Path.Combine(project.Folder, "record.md");

        var run = CliRun.Of("scan", project.ProjectFile, "--record-of-processing", record);

        Assert.Equal(1, run.ExitCode);
        var markdown = File.ReadAllText(record);
        Assert.StartsWith("# Record of processing activities (GDPR Art. 30)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Categories of personal data", markdown, StringComparison.Ordinal);
        Assert.Contains("| Secret | `Leaky.Customer.Token` |", markdown, StringComparison.Ordinal);
    }
}
