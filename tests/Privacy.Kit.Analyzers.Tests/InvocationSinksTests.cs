using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Testing;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// The rules that ask which sink a call is (PK1001 the log, PK1002 the vendor, PK1006 telemetry, PK1004 all three)
/// share one answer per call and kind: the lookup runs once, whichever rule asks first.
/// </summary>
public sealed class InvocationSinksTests
{
    private const string Source = """
        class Service(ILogger logger)
        {
            void Handle(string email)
            {
                logger.LogInformation("Signed up {Email}", email);
                email.Trim();
            }
        }
        """;

    [Fact]
    public void Every_rule_that_asks_about_one_call_gets_the_same_answers()
    {
        var (privacy, logCall, _) = Analyse();

        Assert.Same(privacy.SinksOf(logCall), privacy.SinksOf(logCall));
    }

    [Fact]
    public void A_sink_found_once_is_given_again_without_a_second_lookup()
    {
        var (privacy, logCall, _) = Analyse();
        var sinks = privacy.SinksOf(logCall);

        var first = sinks.Log;

        Assert.NotNull(first);
        Assert.Same(first, sinks.Log);
        Assert.Same(first, privacy.SinksOf(logCall).Any);
    }

    [Fact]
    public void A_log_call_is_a_log_sink_and_no_other_kind()
    {
        var (privacy, logCall, _) = Analyse();
        var sinks = privacy.SinksOf(logCall);

        Assert.Equal("LogInformation", sinks.Log?.Name);
        Assert.Null(sinks.Vendor);
        Assert.Null(sinks.Telemetry);
    }

    [Fact]
    public void A_call_that_is_no_sink_is_none_each_time_a_rule_asks()
    {
        var (privacy, _, otherCall) = Analyse();
        var sinks = privacy.SinksOf(otherCall);

        for (var ask = 0; ask < 2; ask++)
        {
            Assert.Null(sinks.Log);
            Assert.Null(sinks.Vendor);
            Assert.Null(sinks.Telemetry);
            Assert.Null(sinks.Any);
        }
    }

    [Fact]
    public void Each_call_has_its_own_answers()
    {
        var (privacy, logCall, otherCall) = Analyse();

        Assert.NotNull(privacy.SinksOf(logCall).Log);
        Assert.NotSame(privacy.SinksOf(logCall), privacy.SinksOf(otherCall));
        Assert.Null(privacy.SinksOf(otherCall).Log);
    }

    /// <summary>The shared state of a compilation of <see cref="Source"/>, its log call and its other call.</summary>
    private static (PrivacyCompilation Privacy, IInvocationOperation LogCall, IInvocationOperation OtherCall) Analyse()
    {
        var tree = CSharpSyntaxTree.ParseText(Source, path: "Service.cs");
        var compilation = CSharpCompilation.Create(
            "Contacts",
            [tree, CSharpSyntaxTree.ParseText(TestCompilation.GlobalUsings, path: "GlobalUsings.cs")],
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var model = compilation.GetSemanticModel(tree);
        var calls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => (IInvocationOperation)model.GetOperation(call)!)
            .ToArray();
        var privacy = PrivacyCompilation.Get(compilation, new AnalyzerOptions([]), CancellationToken.None);
        return (privacy, calls.Single(c => c.TargetMethod.Name == "LogInformation"), calls.Single(c => c.TargetMethod.Name == "Trim"));
    }
}
