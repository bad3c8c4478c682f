using System.Text.RegularExpressions;
using Privacy.Kit.PackageTests.Infrastructure;

namespace Privacy.Kit.PackageTests;

/// <summary>
/// The README's quick start, as a new user types it: <c>dotnet new web</c>, <c>dotnet add package Privacy.Kit</c>, the
/// README's two files. Nothing else is referenced, and what reaches the console log is redacted.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class QuickStartTests(PackedPackages packages)
{
    [Fact]
    public void The_readme_quick_start_builds_clean_and_logs_redacted_with_only_privacy_kit_referenced()
    {
        using var consumer = ConsumerProject.Create(packages, QuickStartFiles(), sdk: "Microsoft.NET.Sdk.Web");

        // Analyzer warnings as errors: the quick start must not teach a leak.
        consumer.Build("-p:TreatWarningsAsErrors=true").ShouldSucceed();
        var run = consumer.RunUntil(
            "Customer updated",
            new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "json" },
            "--urls", "http://127.0.0.1:0");

        Assert.Contains("Customer j***@***.nl called from", run.Output, StringComparison.Ordinal);
        Assert.Contains("J.d.V.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("jan@acme-bouw.nl", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan de Vries", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Every <c>csharp</c> block after a <c>&lt;!-- quick start: FILE --&gt;</c> marker in the README, by file name.</summary>
    private static Dictionary<string, string> QuickStartFiles()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var files = QuickStartBlock().Matches(readme).ToDictionary(m => m.Groups["file"].Value, m => m.Groups["code"].Value);
        Assert.True(files.ContainsKey("Program.cs") && files.ContainsKey("Customer.cs"), "The README has no quick start blocks for Program.cs and Customer.cs.");
        return files;
    }

    [GeneratedRegex(@"<!-- quick start: (?<file>[\w.]+\.cs)[^>]*-->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
