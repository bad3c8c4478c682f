using Privacy.Kit.Analyzers.Baseline;
using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class BaselineTests
{
    private const string Source = """
        class Service(ILogger logger)
        {
            void Handle(string email, string phone)
            {
                logger.LogInformation("{E}", email);
                logger.LogInformation("{P}", [|phone|]);
            }
        }
        """;

    private static string BaselineOf(params BaselineEntry[] entries) => BaselineFingerprint.Write(entries);

    [Fact]
    public Task Baselined_finding_is_not_reported_and_new_ones_are() => Verify.VerifyAsync(
        Source,
        baseline: BaselineOf(new BaselineEntry("PK1001", "Test0.cs", "Service.Handle", BaselineFingerprint.Compute("PK1001", "email"))));

    [Fact]
    public Task Baseline_entry_of_another_member_does_not_match() => Verify.VerifyAsync(
        Source.Replace("{E}\", email", "{E}\", [|email|]", StringComparison.Ordinal),
        baseline: BaselineOf(new BaselineEntry("PK1001", "Test0.cs", "Service.Other", BaselineFingerprint.Compute("PK1001", "email"))));

    [Fact]
    public Task Baseline_entry_of_another_rule_does_not_match() => Verify.VerifyAsync(
        Source.Replace("{E}\", email", "{E}\", [|email|]", StringComparison.Ordinal),
        baseline: BaselineOf(new BaselineEntry("PK1002", "Test0.cs", "Service.Handle", BaselineFingerprint.Compute("PK1002", "email"))));

    [Fact]
    public Task Baseline_entry_of_another_file_does_not_match() => Verify.VerifyAsync(
        Source.Replace("{E}\", email", "{E}\", [|email|]", StringComparison.Ordinal),
        baseline: BaselineOf(new BaselineEntry("PK1001", "Other.cs", "Service.Handle", BaselineFingerprint.Compute("PK1001", "email"))));

    [Fact]
    public Task Baseline_survives_lines_moving_and_reformatting() => Verify.VerifyAsync(
        """
        class Service(ILogger logger)
        {
            // Lines added above the finding do not matter.

            void Handle(string email, string phone)
            {
                logger.LogInformation("{P}", [|phone|]);
                logger.LogInformation(
                    "{E}",
                    email);
            }
        }
        """,
        baseline: BaselineOf(new BaselineEntry("PK1001", "Test0.cs", "Service.Handle", BaselineFingerprint.Compute("PK1001", "email"))));

    [Fact]
    public void Fingerprint_ignores_whitespace_and_depends_on_rule_and_expression()
    {
        Assert.Equal(BaselineFingerprint.Compute("PK1001", "customer.Email"), BaselineFingerprint.Compute("PK1001", "customer . Email\n"));
        Assert.NotEqual(BaselineFingerprint.Compute("PK1001", "customer.Email"), BaselineFingerprint.Compute("PK1002", "customer.Email"));
        Assert.NotEqual(BaselineFingerprint.Compute("PK1001", "customer.Email"), BaselineFingerprint.Compute("PK1001", "customer.Phone"));
        Assert.Matches("^[0-9a-f]{16}$", BaselineFingerprint.Compute("PK1001", "x"));
    }

    [Fact]
    public void Fingerprint_of_a_node_is_the_fingerprint_of_its_text()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
            // leading trivia
            public sealed record Customer(int Id, [Email] string Email /* a comment */, string Segment)  ;   // trailing
            """);
        var record = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax>().Single();

        Assert.Equal(BaselineFingerprint.Compute("PK2002", record.ToString()), BaselineFingerprint.Compute("PK2002", record));
    }

    [Fact]
    public void Written_baseline_reads_back_the_same_entries()
    {
        var entries = new[]
        {
            new BaselineEntry("PK1001", "src/A \"quoted\".cs", "Ns.A.Run", "0123456789abcdef"),
            new BaselineEntry("PK1004", "src\\B.cs", "Ns.B.<Main>$", "fedcba9876543210"),
        };

        var read = BaselineJsonReader.Read(BaselineFingerprint.Write(entries));

        Assert.Equal(entries.OrderBy(e => e.File, StringComparer.Ordinal), read);
    }

    [Fact]
    public void Unknown_properties_are_skipped() =>
        Assert.Single(BaselineJsonReader.Read("""
            { "version": 2, "tool": { "name": "privacy-kit", "args": [1, true, null] },
              "findings": [ { "rule": "PK1001", "file": "a.cs", "member": "A.B", "fingerprint": "00", "note": "legacy" } ] }
            """));

    [Theory]
    [InlineData("{ \"findings\": [ { \"rule\": \"PK1001\" } ] }", "a finding needs")]
    [InlineData("{ \"findings\": [ ", "line 1")]
    [InlineData("[]", "expected '{'")]
    [InlineData("{} trailing", "unexpected text")]
    public void Malformed_baseline_says_what_is_wrong_and_where(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => BaselineJsonReader.Read(json)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("/repo/src/A.cs", "/repo", "src/A.cs")]
    [InlineData("/repo/src/A.cs", "/repo/", "src/A.cs")]
    [InlineData("C:\\repo\\src\\A.cs", "C:\\repo", "src/A.cs")]
    [InlineData("/elsewhere/A.cs", "/repo", "/elsewhere/A.cs")]
    [InlineData("/repository/A.cs", "/repo", "/repository/A.cs")]
    public void Paths_are_relative_to_the_baseline_folder_with_forward_slashes(string source, string folder, string expected) =>
        Assert.Equal(expected, BaselineFingerprint.RelativePath(source, folder));
}
