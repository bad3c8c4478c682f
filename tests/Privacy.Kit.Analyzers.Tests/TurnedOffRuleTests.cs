using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Testing;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// A rule the user turned off in every file does not run: the compiler runs all rules as one analyzer, so it can no
/// longer skip one itself. Each case configures the severity the way a project does (the command line, an
/// <c>.editorconfig</c>, a <c>.globalconfig</c>, the bulk keys), read through a real workspace.
/// </summary>
public sealed class TurnedOffRuleTests
{
    private const string Leak = DiagnosticIds.ObjectWithPersonalDataLeaked;

    private static readonly ImmutableArray<string> EveryRuleId = [.. AllRulesAnalyzer.Rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Order()];

    private static readonly string EveryRule = string.Join(" ", EveryRuleId);

    [Fact]
    public async Task With_nothing_configured_every_rule_runs()
    {
        Assert.Equal(EveryRule, await RunningRules(editorConfig: null));
    }

    [Fact]
    public async Task A_rule_set_to_none_for_every_file_in_editorconfig_does_not_run()
    {
        var running = await RunningRules($"[*.cs]\ndotnet_diagnostic.{Leak}.severity = none");

        Assert.Equal(EveryRuleExcept(Leak), running);
    }

    [Fact]
    public async Task A_rule_set_to_none_for_some_files_only_still_runs()
    {
        var running = await RunningRules($"[src/Customer.cs]\ndotnet_diagnostic.{Leak}.severity = none");

        Assert.Equal(EveryRule, running);
    }

    [Fact]
    public async Task A_rule_set_to_none_in_a_globalconfig_does_not_run()
    {
        var running = await RunningRules(editorConfig: null, globalConfig: $"is_global = true\ndotnet_diagnostic.{Leak}.severity = none");

        Assert.Equal(EveryRuleExcept(Leak), running);
    }

    [Fact]
    public async Task A_rule_in_nowarn_does_not_run()
    {
        var running = await RunningRules(editorConfig: null, commandLine: (Leak, ReportDiagnostic.Suppress));

        Assert.Equal(EveryRuleExcept(Leak), running);
    }

    [Fact]
    public async Task A_rule_made_an_error_on_the_command_line_runs_although_editorconfig_says_none()
    {
        // The compiler lets the command line (/warnaserror+:id) win over the config files.
        var running = await RunningRules($"[*.cs]\ndotnet_diagnostic.{Leak}.severity = none", commandLine: (Leak, ReportDiagnostic.Error));

        Assert.Equal(EveryRule, running);
    }

    [Fact]
    public async Task A_rule_in_warnaserror_minus_that_editorconfig_sets_to_none_does_not_run()
    {
        // '/warnaserror-:id' only stops the promotion to an error: the config files still decide the severity.
        var running = await RunningRules($"[*.cs]\ndotnet_diagnostic.{Leak}.severity = none", commandLine: (Leak, ReportDiagnostic.Default));

        Assert.Equal(EveryRuleExcept(Leak), running);
    }

    [Fact]
    public async Task A_category_set_to_none_stops_its_rules_and_no_other()
    {
        var running = await RunningRules($"[*.cs]\ndotnet_analyzer_diagnostic.category-{DiagnosticDescriptors.LeakCategory}.severity = none");

        var leakRules = AllRulesAnalyzer.Rules.SelectMany(r => r.SupportedDiagnostics).Where(d => d.Category == DiagnosticDescriptors.LeakCategory).Select(d => d.Id);
        Assert.NotEmpty(leakRules);
        Assert.Equal(EveryRuleExcept([.. leakRules]), running);
    }

    [Fact]
    public async Task A_rule_configured_by_id_runs_when_the_bulk_key_turns_every_analyzer_off()
    {
        var running = await RunningRules($"[*.cs]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.{Leak}.severity = warning");

        Assert.Equal(Leak, running);
    }

    [Fact]
    public async Task A_rule_off_by_default_is_off_until_its_id_turns_it_on_and_the_bulk_key_cannot()
    {
        var offByDefault = new DiagnosticDescriptor("XX0001", "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: false);

        Assert.True(await IsOffEverywhere(offByDefault, null));
        Assert.True(await IsOffEverywhere(offByDefault, "[*.cs]\ndotnet_analyzer_diagnostic.severity = warning"));
        Assert.False(await IsOffEverywhere(offByDefault, "[*.cs]\ndotnet_diagnostic.XX0001.severity = suggestion"));
    }

    [Fact]
    public async Task A_diagnostic_that_cannot_be_configured_is_never_off()
    {
        var notConfigurable = new DiagnosticDescriptor("XX0002", "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);

        Assert.False(await IsOffEverywhere(notConfigurable, "[*.cs]\ndotnet_diagnostic.XX0002.severity = none"));
    }

    [Fact]
    public void A_compilation_without_files_runs_its_rules()
    {
        var empty = CSharpCompilation.Create("empty");

        Assert.False(ConfiguredSeverity.IsOffEverywhere(DiagnosticDescriptors.ObjectWithPersonalDataLeaked, empty, new AnalyzerOptions([]), CancellationToken.None));
    }

    [Fact]
    public async Task A_turned_off_rule_registers_none_of_its_actions()
    {
        var everyRule = await RegisteredActions(editorConfig: null);
        var withoutTheLeakRule = await RegisteredActions($"[*.cs]\ndotnet_diagnostic.{Leak}.severity = none");

        Assert.True(withoutTheLeakRule < everyRule, $"{withoutTheLeakRule} actions registered with {Leak} off, {everyRule} with every rule on");
    }

    [Fact]
    public async Task With_every_rule_off_nothing_is_registered_after_the_compilation_start()
    {
        Assert.Equal(0, await RegisteredActions("[*.cs]\ndotnet_analyzer_diagnostic.severity = none"));
    }

    private static string EveryRuleExcept(params string[] ids) => string.Join(" ", EveryRuleId.Except(ids));

    /// <summary>The ids of the rules that run, in order, space-separated.</summary>
    private static async Task<string> RunningRules(string? editorConfig, string? globalConfig = null, (string Id, ReportDiagnostic Report)? commandLine = null)
    {
        var project = Project(editorConfig, globalConfig, commandLine);
        var compilation = (await project.GetCompilationAsync())!;

        return string.Join(" ", AllRulesAnalyzer.RulesToRun(compilation, project.AnalyzerOptions, CancellationToken.None).SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Order());
    }

    private static async Task<bool> IsOffEverywhere(DiagnosticDescriptor descriptor, string? editorConfig)
    {
        var project = Project(editorConfig, globalConfig: null, commandLine: null);
        var compilation = (await project.GetCompilationAsync())!;

        return ConfiguredSeverity.IsOffEverywhere(descriptor, compilation, project.AnalyzerOptions, CancellationToken.None);
    }

    /// <summary>The actions the analyzer registered beyond its one compilation-start action, counted by the compiler.</summary>
    private static async Task<int> RegisteredActions(string? editorConfig)
    {
        var project = Project(editorConfig, globalConfig: null, commandLine: null);
        var compilation = (await project.GetCompilationAsync())!;
        var analyzer = new AllRulesAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        return telemetry.CompilationActionsCount + telemetry.CompilationEndActionsCount + telemetry.SemanticModelActionsCount
            + telemetry.SyntaxTreeActionsCount + telemetry.AdditionalFileActionsCount + telemetry.SymbolActionsCount
            + telemetry.SymbolStartActionsCount + telemetry.SymbolEndActionsCount + telemetry.SyntaxNodeActionsCount
            + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockActionsCount + telemetry.CodeBlockEndActionsCount
            + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount + telemetry.OperationBlockActionsCount
            + telemetry.OperationBlockEndActionsCount;
    }

    private static Project Project(string? editorConfig, string? globalConfig, (string Id, ReportDiagnostic Report)? commandLine)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        if (commandLine is { } option)
        {
            options = options.WithSpecificDiagnosticOptions([new(option.Id, option.Report)]);
        }

        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Contacts", "Contacts", LanguageNames.CSharp, filePath: "/repo/Contacts.csproj")
                .WithCompilationOptions(options)
                .WithMetadataReferences(TestCompilation.References))
            .AddDocument(DocumentId.CreateNewId(projectId), "GlobalUsings.cs", SourceText.From(TestCompilation.GlobalUsings), filePath: "/repo/src/GlobalUsings.cs")
            .AddDocument(DocumentId.CreateNewId(projectId), "Customer.cs", SourceText.From("public sealed record Customer(string Email);"), filePath: "/repo/src/Customer.cs");
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n\n" + editorConfig), filePath: "/repo/.editorconfig");
        }

        if (globalConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(globalConfig), filePath: "/repo/.globalconfig");
        }

        return solution.GetProject(projectId)!;
    }
}
