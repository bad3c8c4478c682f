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
/// The compiler's cost of handing out callbacks is paid per analyzer and per callback: the same registrations made by
/// twelve analyzers added 2% to a build, made by one they added nothing measurable (benchmarks/README.md, "Third pass"),
/// and the rules' operation actions reach the compiler as one (<see cref="MergedOperationActions"/>).
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
        context.RegisterCompilationStartAction(CallbackClock.Time<CompilationStartAnalysisContext>("compilation-start", StartRules));
#else
        context.RegisterCompilationStartAction(StartRules);
#endif
    }

    /// <summary>
    /// The rules that run on a compilation: those with a diagnostic not turned off in every file. The compiler would skip
    /// a rule that was its own analyzer; as one of these it would run and have its findings dropped.
    /// </summary>
    internal static ImmutableArray<PrivacyAnalyzer> RulesToRun(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var running = ImmutableArray.CreateBuilder<PrivacyAnalyzer>(Rules.Length);
        foreach (var rule in Rules)
        {
            foreach (var descriptor in rule.SupportedDiagnostics)
            {
                if (!ConfiguredSeverity.IsOffEverywhere(descriptor, compilation, options, cancellationToken))
                {
                    running.Add(rule);
                    break;
                }
            }
        }

        return running.ToImmutable();
    }

    private static void StartRules(CompilationStartAnalysisContext start)
    {
        var rules = RulesToRun(start.Compilation, start.Options, start.CancellationToken);
        if (rules.IsEmpty)
        {
            return;
        }

        var privacy = PrivacyCompilation.Get(start.Compilation, start.Options, start.CancellationToken);
        var merged = new MergedOperationActions(start);
        foreach (var rule in rules)
        {
#if PRIVACY_KIT_CALLBACK_CLOCK
            rule.Start(new ClockedCompilationStart(merged, rule.GetType().Name), privacy);
#else
            rule.Start(merged, privacy);
#endif
        }

        merged.RegisterMerged();
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
