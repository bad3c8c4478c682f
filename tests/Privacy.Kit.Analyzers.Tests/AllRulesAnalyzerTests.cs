using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Testing;
using All = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.AllRulesAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// The analyzer the compiler loads runs every rule, and hands the compiler the rules' operation actions as one action:
/// each rule still sees every operation of the kinds it asked for.
/// </summary>
public sealed class AllRulesAnalyzerTests
{
    /// <summary>
    /// One leak for each rule that acts on operations: a log call, a vendor call, an exception message, an object
    /// thrown whole, an activity tag, a call without consent, a hard-coded key (an assignment and an argument) and
    /// redaction turned on without redactors; the shapes of Compliance.Redaction and the hosting APIs as their own
    /// tests declare them.
    /// </summary>
    private const string EveryOperationRule = """
        namespace Microsoft.Extensions.Compliance.Redaction
        {
            public class HmacRedactorOptions
            {
                public int KeyId { get; set; }
                public string Key { get; set; } = string.Empty;
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class RedactionServiceCollectionExtensions
            {
                public static IServiceCollection AddRedaction(this IServiceCollection services) => services;
            }
        }

        namespace Microsoft.Extensions.Logging
        {
            public interface ILoggingBuilder { Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; } }
            public static class LoggingRedactionExtensions
            {
                public static ILoggingBuilder EnableRedaction(this ILoggingBuilder builder) => builder;
            }
        }

        namespace App
        {
            using System.Diagnostics;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Compliance.Redaction;

            public class Customer
            {
                public int Id { get; set; }
                [Email] public string Email { get; set; } = "";
                [PhoneNumber] public string Phone { get; set; } = "";
            }

            [VendorBoundary("Acme Dialer")]
            public interface IDialer { void Schedule(string number); }

            class Consent
            {
                [ConsentCheck] public bool MayCall(string phone) => false;
            }

            class Dialer
            {
                [RequiresConsent("direct-marketing")] public void Call(string phone) { }
            }

            class Service(ILogger logger, IDialer vendor)
            {
                void Log(Customer c) => logger.LogInformation("Calling {Phone}", {|PK1001:c.Phone|});

                void Send(Customer c) => vendor.Schedule({|PK1002:c.Phone|});

                void Fail(Customer c) => throw new InvalidOperationException("Unknown " + {|PK1003:c.Email|});

                void Reject(Customer c) => throw new ArgumentOutOfRangeException(nameof(c), {|PK1004:c|}, "Unknown segment");

                void Trace(Customer c, Activity activity) => activity.SetTag("customer.email", {|PK1006:c.Email|});

                void Campaign(Dialer dialer, string phone) => {|PK3001:dialer.Call(phone)|};

                void Keys(HmacRedactorOptions options) => options.Key = {|PK4002:"c2VjcmV0LWtleS1mb3ItaG1hYy1yZWRhY3Rpb24="|};

                byte[] Hash(byte[] data) => HMACSHA256.HashData({|PK4002:"my-secret-key"u8|}, data);

                void Setup(ILoggingBuilder logging) => {|PK4001:logging.EnableRedaction()|};
            }
        }
        """;

    private static readonly Regex Markup = new(@"\{\|PK[0-9]{4}:|\|\}");

    [Fact]
    public Task Every_rule_that_acts_on_operations_reports_through_the_one_analyzer() => All.VerifyAsync(EveryOperationRule);

    [Fact]
    public async Task The_rules_operation_actions_reach_the_compiler_as_one_action()
    {
        var compilation = CSharpCompilation.Create(
            "Contacts",
            [CSharpSyntaxTree.ParseText(TestCompilation.GlobalUsings), CSharpSyntaxTree.ParseText(Markup.Replace(EveryOperationRule, string.Empty))],
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var byRule = 0;
        foreach (var rule in AllRulesAnalyzer.Rules)
        {
            byRule += (await TelemetryOf(rule, compilation)).OperationActionsCount;
        }

        Assert.True(byRule > 1, $"the rules alone register {byRule} operation actions: nothing to merge");
        Assert.Equal(1, (await TelemetryOf(new AllRulesAnalyzer(), compilation)).OperationActionsCount);
    }

    [Fact]
    public async Task An_operation_action_without_a_kind_is_refused_when_it_is_registered()
    {
        var compilation = CSharpCompilation.Create("Empty", [CSharpSyntaxTree.ParseText("class C { }")], TestCompilation.References);
        var analyzer = new RegistersOnTheMergedContext(merged => merged.RegisterOperationAction(_ => { }, ImmutableArray<OperationKind>.Empty));

        _ = await TelemetryOf(analyzer, compilation);

        var refused = Assert.IsType<ArgumentException>(analyzer.Thrown);
        Assert.Equal("operationKinds", refused.ParamName);
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryOf(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    /// <summary>An analyzer whose compilation start registers on a <see cref="MergedOperationActions"/> and keeps what that throws.</summary>
#pragma warning disable RS1036 // A test double run in-process by CompilationWithAnalyzers, never loaded by a compiler.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class RegistersOnTheMergedContext(Action<MergedOperationActions> register) : DiagnosticAnalyzer
    {
        public Exception? Thrown { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.ObjectWithPersonalDataLeaked];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                try
                {
                    register(new MergedOperationActions(start));
                }
                catch (ArgumentException exception)
                {
                    Thrown = exception;
                }
            });
        }
    }
#pragma warning restore RS1036
}
