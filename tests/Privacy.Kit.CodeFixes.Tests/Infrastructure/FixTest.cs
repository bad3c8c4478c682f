using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Privacy.Kit.Testing;

namespace Privacy.Kit.CodeFixes.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer and its code fix on sources written with markup (<c>[|...|]</c> where the rule reports), and
/// checks the fixed code: it compiles, the rule no longer reports, and fix-all in document, project and solution scope
/// gives the same result. References are the offline set every analyzer test uses.
/// </summary>
internal static class FixTest<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// Verifies that fixing <paramref name="source"/> gives <paramref name="fixedSource"/>. With
    /// <paramref name="globalUsings"/> both get the usings every analyzer test has (<c>Privacy.Kit</c> among them);
    /// without, the sources bring their own, so a test can show the fix adding one.
    /// </summary>
    public static Task VerifyAsync(string source, string fixedSource, bool globalUsings = true, params DiagnosticResult[] remaining)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestCompilation.ReferenceAssemblies,
        };
        test.TestState.AdditionalReferences.AddRange(TestCompilation.References);
        if (globalUsings)
        {
            test.TestState.Sources.Add(("/0/GlobalUsings.cs", TestCompilation.GlobalUsings));
            test.FixedState.Sources.Add(("/0/GlobalUsings.cs", TestCompilation.GlobalUsings));
        }

        // What the fix leaves for the developer to decide (no fix offered) is still reported after it.
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }
}
