using System.Text.Json;

namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary><c>--write-baseline</c> adopts a legacy project: its findings are recorded, and only new ones fail later scans.</summary>
public sealed class ScanBaselineTests
{
    [Fact]
    public void Written_baseline_exits_0_and_silences_the_recorded_findings_but_not_new_ones()
    {
        using var project = new LeakyProject();

        var write = CliRun.Of("scan", project.ProjectFile, "--write-baseline", project.BaselineFile);

        Assert.True(write.ExitCode == 0, write.Output + write.Error);
        using (var baseline = JsonDocument.Parse(File.ReadAllText(project.BaselineFile)))
        {
            Assert.Contains(baseline.RootElement.GetProperty("findings").EnumerateArray(), e => e.GetProperty("rule").GetString() == "PK1001");
        }

        var rescan = CliRun.Of("scan", project.ProjectFile);
        Assert.True(rescan.ExitCode == 0, rescan.Output + rescan.Error);

        File.AppendAllText(Path.Combine(project.Folder, "Notifier.cs"), """

            public static class Reminder
            {
                public static void Remind(Leaky.Customer customer) => System.Console.WriteLine(customer.Email);
            }
            """);
        var afterNewLeak = CliRun.Of("scan", project.ProjectFile, "--format", "json");
        Assert.Equal(1, afterNewLeak.ExitCode);
        using var report = JsonDocument.Parse(afterNewLeak.Output);
        var leak = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("Leaky.Reminder.Remind", leak.GetProperty("member").GetString());
    }
}
