using System.Text.Json;

namespace Privacy.Kit.Cli.Tests.Scan;

public sealed class ScanCommandTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "samples", "ContactCenter");

    [Fact]
    public void Missing_path_is_a_one_line_error_with_exit_code_2()
    {
        var run = CliRun.Of("scan", Path.Combine(Path.GetTempPath(), "no-such-project-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void File_that_is_not_a_solution_or_project_is_an_error_with_exit_code_2()
    {
        var file = Path.GetTempFileName();
        try
        {
            var run = CliRun.Of("scan", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is not a .sln, .slnx, .csproj or folder", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Sample_is_clean_and_its_inventory_is_complete()
    {
        var run = CliRun.Of("scan", Sample, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Empty(report.RootElement.GetProperty("findings").EnumerateArray());
        var inventory = report.RootElement.GetProperty("inventory");
        var types = inventory.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["ContactCenter.Calls.CallNote", "ContactCenter.Calls.Customer"], types.Keys.Order(StringComparer.Ordinal));
        var customerKinds = types["ContactCenter.Calls.Customer"].GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("name").GetString() + ":" + string.Join(",", m.GetProperty("kinds").EnumerateArray().Select(k => k.GetString())));
        Assert.Equal(["CustomerId:PersonalData", "Name:PersonName", "Phone:PhoneNumber", "Email:EmailAddress", "Address:PostalAddress"], customerKinds);
        var boundary = Assert.Single(inventory.GetProperty("vendorBoundaries").EnumerateArray());
        Assert.Equal("AcmeCrm", boundary.GetProperty("vendor").GetString());
        var disclosure = Assert.Single(inventory.GetProperty("policyDisclosures").EnumerateArray());
        Assert.Equal("AcmeCrm", disclosure.GetProperty("vendor").GetString());
        Assert.Equal("CustomerService", disclosure.GetProperty("purpose").GetString());
        Assert.Equal("CrmExport.ExportAsync(IReadOnlyList<CallRecord>, CancellationToken)", disclosure.GetProperty("method").GetString());
        Assert.Contains("PhoneNumber", disclosure.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        var purpose = Assert.Single(inventory.GetProperty("consentPurposes").EnumerateArray());
        Assert.Equal("DirectMarketing", purpose.GetProperty("purpose").GetString());
        Assert.Contains("privacy-kit scan: analyzing ContactCenter", run.Error, StringComparison.Ordinal);
    }
}
