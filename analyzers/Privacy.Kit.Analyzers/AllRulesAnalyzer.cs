using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Rules;

namespace Privacy.Kit.Analyzers;

/// <summary>
/// The analyzer the compiler loads: every flow and classification rule, registered from one compilation start.
/// </summary>
/// <remarks>
/// The compiler's cost of handing out callbacks is paid per analyzer, not per callback: the same registrations made by
/// twelve analyzers added 2% to a build, made by one they added nothing measurable (benchmarks/README.md, "Third pass").
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AllRulesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rules, each of which is also an analyzer that runs alone.</summary>
    internal static ImmutableArray<PrivacyAnalyzer> Rules { get; } = ImmutableArray.Create<PrivacyAnalyzer>(
        new ContactWithoutConsentCheckAnalyzer(),
        new HardCodedPseudonymizationKeyAnalyzer(),
        new ObjectWithPersonalDataLeakedAnalyzer(),
        new PersonalDataInExceptionMessageAnalyzer(),
        new PersonalDataInLogAnalyzer(),
        new PersonalDataToTelemetryAnalyzer(),
        new PersonalDataToVendorAnalyzer(),
        new RecordPrintsPersonalDataAnalyzer(),
        new RedactionEnabledWithoutRedactorsAnalyzer(),
        new UnclassifiedLoggerMessageParameterAnalyzer(),
        new UnclassifiedPersonalDataMemberAnalyzer());

    /// <summary>Generated code is analysed and reported on: source generators write code that can leak.</summary>
    internal const GeneratedCodeAnalysisFlags GeneratedCode = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = SupportedByRules();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
#if PRIVACY_KIT_CALLBACK_CLOCK
        // benchmarks/analyzers/callback-clock.sh: every callback timed in thread CPU time, by rule.
        context.RegisterCompilationStartAction(CallbackClock.Time<CompilationStartAnalysisContext>("compilation-start", start =>
        {
            var privacy = PrivacyCompilation.Get(start.Compilation, start.Options, start.CancellationToken);
            foreach (var rule in Rules)
            {
                rule.Start(new ClockedCompilationStart(start, rule.GetType().Name), privacy);
            }
        }));
#else
        context.RegisterCompilationStartAction(start =>
        {
            var privacy = PrivacyCompilation.Get(start.Compilation, start.Options, start.CancellationToken);
            foreach (var rule in Rules)
            {
                rule.Start(start, privacy);
            }
        });
#endif
    }

    private static ImmutableArray<DiagnosticDescriptor> SupportedByRules()
    {
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in Rules)
        {
            descriptors.AddRange(rule.SupportedDiagnostics);
        }

        return descriptors.ToImmutable();
    }
}
