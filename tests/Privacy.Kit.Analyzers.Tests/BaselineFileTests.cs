using Microsoft.CodeAnalysis.Testing;
using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.BaselineFileAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class BaselineFileTests
{
    [Fact]
    public Task Malformed_baseline_file_is_reported_with_its_path_and_the_problem() => Verify.VerifyAsync(
        "class C { }",
        baseline: "{ \"findings\": [ { \"rule\": \"PK1001\" } ] }",
        expected: Verify.Diagnostic("PK0001").WithNoLocation().WithArguments(
            "/0/privacy-kit.baseline.json",
            "a finding needs \"rule\", \"file\", \"member\" and \"fingerprint\" at line 1, column 17"));

    [Fact]
    public Task Valid_baseline_file_raises_nothing() => Verify.VerifyAsync(
        "class C { }",
        baseline: "{ \"version\": 1, \"findings\": [] }");

    [Fact]
    public Task No_baseline_file_raises_nothing() => Verify.VerifyCleanAsync("class C { }");
}
