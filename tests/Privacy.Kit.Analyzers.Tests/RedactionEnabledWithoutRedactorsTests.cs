using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.RedactionEnabledWithoutRedactorsAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class RedactionEnabledWithoutRedactorsTests
{
    /// <summary>
    /// The shapes of the hosting, logging and redaction APIs the rule looks for (found by metadata name, as in a real
    /// project): Microsoft.Extensions.Telemetry and Compliance.Redaction are not referenced by the test compilations.
    /// </summary>
    private const string Hosting = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public sealed class ServiceCollection : IServiceCollection { }
            public static class RedactionServiceCollectionExtensions
            {
                public static IServiceCollection AddRedaction(this IServiceCollection services) => services;
                public static IServiceCollection AddRedaction(this IServiceCollection services, System.Action<object> configure) => services;
            }
            public static class LoggingServiceCollectionExtensions
            {
                public static IServiceCollection AddLogging(this IServiceCollection services, System.Action<Microsoft.Extensions.Logging.ILoggingBuilder> configure) => services;
            }
        }

        namespace Microsoft.Extensions.Logging
        {
            public interface ILoggingBuilder { Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; } }
            public static class LoggingRedactionExtensions
            {
                public static ILoggingBuilder EnableRedaction(this ILoggingBuilder builder) => builder;
                public static ILoggingBuilder EnableRedaction(this ILoggingBuilder builder, System.Action<object> configure) => builder;
            }
        }

        namespace Hosting
        {
            public sealed class AppBuilder
            {
                public Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; } = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
                public Microsoft.Extensions.Logging.ILoggingBuilder Logging { get; }
            }
        }

        """;

    [Fact]
    public Task Message_quotes_the_call() => Verify.VerifyAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Configure(Hosting.AppBuilder builder) => {|#0:builder.Logging.EnableRedaction()|};
            }
        }
        """,
        expected: Verify.Diagnostic("PK4001").WithLocation(0).WithArguments("builder.Logging.EnableRedaction()"));

    [Fact]
    public Task EnableRedaction_with_AddRedaction_in_the_same_method_is_clean() => Verify.VerifyCleanAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Configure(Hosting.AppBuilder builder)
                {
                    builder.Services.AddRedaction(redaction => { });
                    builder.Logging.EnableRedaction();
                }
            }
        }
        """);

    [Fact]
    public Task EnableRedaction_in_an_AddLogging_lambda_without_AddRedaction_is_reported() => Verify.VerifyAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Configure(IServiceCollection services) => services.AddLogging(logging => [|logging.EnableRedaction()|]);
            }
        }
        """);

    [Fact]
    public Task EnableRedaction_in_a_lambda_with_AddRedaction_in_the_method_is_clean() => Verify.VerifyCleanAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddRedaction();
                    services.AddLogging(logging => logging.EnableRedaction(options => { }));
                }
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_without_AddRedaction_are_reported() => Verify.VerifyAsync("""
        var builder = new Hosting.AppBuilder();
        [|builder.Logging.EnableRedaction()|];
        """ + "\n" + Hosting, topLevelStatements: true);

    [Fact]
    public Task Top_level_statements_with_AddRedaction_are_clean() => Verify.VerifyCleanAsync("""
        using Microsoft.Extensions.DependencyInjection;
        var builder = new Hosting.AppBuilder();
        builder.Services.AddRedaction();
        builder.Logging.EnableRedaction();
        """ + "\n" + Hosting, topLevelStatements: true);

    [Fact]
    public Task AddRedaction_in_a_helper_called_with_the_same_services_is_clean() => Verify.VerifyCleanAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddCompliance();
                    services.AddLogging(logging => logging.EnableRedaction());
                }

                private static IServiceCollection AddCompliance(this IServiceCollection services) => services.AddRedaction();
            }
        }
        """);

    [Fact]
    public Task Sibling_helpers_of_one_registration_share_their_AddRedaction() => Verify.VerifyCleanAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;
            static class Setup
            {
                public static void Configure(Hosting.AppBuilder builder)
                {
                    ConfigureLogging(builder.Logging);
                    ConfigureRedaction(builder.Services);
                }

                private static void ConfigureLogging(ILoggingBuilder logging) => logging.EnableRedaction();

                private static void ConfigureRedaction(IServiceCollection services) => services.AddRedaction();
            }
        }
        """);

    [Fact]
    public Task Method_group_handed_to_AddLogging_joins_the_registration() => Verify.VerifyCleanAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;
            static class Setup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddRedaction();
                    services.AddLogging(ConfigureLogging);
                }

                private static void ConfigureLogging(ILoggingBuilder logging) => logging.EnableRedaction();
            }
        }
        """);

    [Fact]
    public Task AddRedaction_in_an_unrelated_registration_does_not_count() => Verify.VerifyAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class WorkerSetup
            {
                public static void Configure(IServiceCollection services) => services.AddLogging(logging => [|logging.EnableRedaction()|]);
            }

            static class ApiSetup
            {
                public static void Configure(IServiceCollection services) => services.AddRedaction();
            }
        }
        """);

    [Fact]
    public Task A_helper_that_does_not_carry_the_registration_does_not_join_it() => Verify.VerifyAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Configure(IServiceCollection services)
                {
                    Log("configuring");
                    services.AddLogging(logging => [|logging.EnableRedaction()|]);
                }

                private static void Log(string message) { }

                public static void Other(IServiceCollection services)
                {
                    Log("other");
                    services.AddRedaction();
                }
            }
        }
        """);

    [Fact]
    public Task Each_EnableRedaction_without_AddRedaction_is_reported() => Verify.VerifyAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.DependencyInjection;
            static class Setup
            {
                public static void Api(IServiceCollection services) => services.AddLogging(logging => [|logging.EnableRedaction()|]);
                public static void Worker(IServiceCollection services) => services.AddLogging(logging => [|logging.EnableRedaction()|]);
            }
        }
        """);

    [Fact]
    public Task Without_the_telemetry_package_nothing_is_analysed() => Verify.VerifyCleanAsync("""
        namespace App
        {
            static class Builder { public static Builder2 EnableRedaction(this Builder2 builder) => builder; }
            sealed class Builder2 { }
            static class Setup { public static void Configure(Builder2 b) => b.EnableRedaction(); }
        }
        """);

    [Fact]
    public Task A_user_method_named_EnableRedaction_is_not_the_framework_one() => Verify.VerifyCleanAsync(Hosting + """
        namespace App
        {
            using Microsoft.Extensions.Logging;
            static class MyExtensions { public static ILoggingBuilder EnableRedaction(this ILoggingBuilder builder, int level) => builder; }
            static class Setup { public static void Configure(ILoggingBuilder logging) => logging.EnableRedaction(3); }
        }
        """);
}
