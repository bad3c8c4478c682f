using System.Text.Json;
using Privacy.Kit.PackageTests.Infrastructure;

namespace Privacy.Kit.PackageTests;

[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests(PackedPackages packages)
{
    private const string CleanProgram = """
        Console.WriteLine("A consumer of Privacy.Kit.");
        """;

    [Fact]
    public void Referencing_the_package_passes_the_analyzers_to_the_compiler()
    {
        using var consumer = ConsumerProject.Create(packages, CleanProgram);

        consumer.Build().ShouldSucceed();
        var result = consumer.ListAnalyzers().ShouldSucceed();

        var analyzers = AnalyzerPaths(result.Output);
        Assert.Contains(analyzers, p => p.EndsWith("analyzers/dotnet/cs/Privacy.Kit.Analyzers.dll", StringComparison.Ordinal));
        Assert.Contains(analyzers, p => p.EndsWith("analyzers/dotnet/cs/Privacy.Kit.CodeFixes.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leak_fails_a_build_with_warnings_as_errors_and_the_fixed_code_builds()
    {
        const string Customer = """
            class Customer
            {
                public int Id { get; set; }
                [Privacy.Kit.Email] public string Email { get; set; } = "";
            }
            """;
        using var consumer = ConsumerProject.Create(packages, """
            var customer = new Customer { Id = 7, Email = "jan@example.nl" };
            Console.WriteLine($"Registered {customer.Email}");

            """ + Customer);

        var leaking = consumer.Build("-warnaserror");

        Assert.NotEqual(0, leaking.ExitCode);
        Assert.Contains("error PK1001: 'customer.Email' (EmailAddress) is written to a log by Console.WriteLine", leaking.Output, StringComparison.Ordinal);

        consumer.WriteSource("""
            var customer = new Customer { Id = 7, Email = "jan@example.nl" };
            Console.WriteLine($"Registered customer {customer.Id}");

            """ + Customer);

        var fixedBuild = consumer.Build("-warnaserror").ShouldSucceed();
        Assert.DoesNotContain("PK1001", fixedBuild.Output, StringComparison.Ordinal);
    }

    private static string[] AnalyzerPaths(string output)
    {
        // -getItem prints the items as one JSON document after the build; nothing else is on stdout with it.
        var start = output.IndexOf('{', StringComparison.Ordinal);
        Assert.True(start >= 0, $"No item listing in the build output:\n{output}");
        using var json = JsonDocument.Parse(output[start..]);
        return json.RootElement.GetProperty("Items").GetProperty("Analyzer")
            .EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/'))
            .ToArray();
    }
}
