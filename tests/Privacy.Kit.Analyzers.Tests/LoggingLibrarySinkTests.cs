using Log = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;
using Whole = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>Serilog, NLog and log4net as log sinks, compiled against the real packages.</summary>
public sealed class LoggingLibrarySinkTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
            [PhoneNumber] public string Phone { get; set; } = "";
        }
        """;

    [Fact]
    public Task Serilog_logger_and_static_Log_are_log_sinks() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service(Serilog.ILogger logger)
        {
            void Handle(Customer c)
            {
                logger.Information("Callback for {Phone}", {|#0:c.Phone|});
                Serilog.Log.Warning("Bounce from {Email}", [|c.Email|]);
                Serilog.Log.Error(new Exception("x"), $"Failed for {[|c.Email|]}");
                logger.Information("Callback for {Id}", c.Id);
            }
        }
        """,
        Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Phone", "PhoneNumber", "Serilog Information"));

    [Fact]
    public Task Serilog_ForContext_and_LogContext_PushProperty_are_log_sinks() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service(Serilog.ILogger logger)
        {
            void Handle(Customer c)
            {
                var scoped = logger.ForContext("Email", [|c.Email|]);
                using (Serilog.Context.LogContext.PushProperty("Phone", [|c.Phone|]))
                {
                    scoped.Information("Handled {Id}", c.Id);
                }

                using (Serilog.Context.LogContext.PushProperty("CustomerId", c.Id)) { }
            }
        }
        """);

    [Fact]
    public Task Serilog_destructuring_writes_a_class_member_by_member() => Whole.VerifyWithLibrariesAsync(Customer + """
        class Service(Serilog.ILogger logger)
        {
            void Handle(Customer customer)
            {
                logger.Information("Saved {@Customer}", [|customer|]);
                logger.Information("Saved {Customer}", customer);
            }
        }
        """);

    [Fact]
    public Task Serilog_ForContext_with_destructuring_writes_a_class_member_by_member() => Whole.VerifyWithLibrariesAsync(Customer + """
        class Service(Serilog.ILogger logger)
        {
            void Handle(Customer customer)
            {
                _ = logger.ForContext("Customer", [|customer|], destructureObjects: true);
                _ = logger.ForContext("Customer", customer);
            }
        }
        """);

    [Fact]
    public Task A_type_named_like_Serilogs_logger_is_no_log_sink_without_the_Serilog_assembly() => Log.VerifyCleanAsync(Customer + """
        namespace Serilog
        {
            public interface ILogger { void Information(string messageTemplate, object value); }
        }

        class Service(Serilog.ILogger logger)
        {
            void Handle(Customer c) => logger.Information("Callback for {Phone}", c.Phone);
        }
        """);

    [Fact]
    public Task A_type_named_like_log4nets_logger_is_no_log_sink_without_the_log4net_assembly() => Log.VerifyCleanAsync(Customer + """
        namespace log4net
        {
            public interface ILog { void Info(object message); }
        }

        class Service(log4net.ILog logger)
        {
            void Handle(Customer c) => logger.Info("Callback for " + c.Phone);
        }
        """);

    [Fact]
    public Task NLog_logger_and_scope_properties_are_log_sinks() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            private static readonly NLog.Logger Logger = NLog.LogManager.GetCurrentClassLogger();

            void Handle(Customer c, NLog.ILogger other)
            {
                Logger.Info("Callback for {Phone}", [|c.Phone|]);
                other.Error($"Bounce from {[|c.Email|]}");
                using (NLog.ScopeContext.PushProperty("Email", [|c.Email|])) { }
                Logger.WithProperty("Phone", [|c.Phone|]).Info("Handled");
                Logger.Info("Handled {Id}", c.Id);
            }
        }
        """);

    [Fact]
    public Task NLog_destructuring_writes_a_class_member_by_member() => Whole.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            private static readonly NLog.Logger Logger = NLog.LogManager.GetCurrentClassLogger();

            void Handle(Customer customer)
            {
                Logger.Info("Saved {@Customer}", [|customer|]);
                Logger.Info("Saved {Customer}", customer);
            }
        }
        """);

    [Fact]
    public Task Log4net_ILog_is_a_log_sink() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            private static readonly log4net.ILog Logger = log4net.LogManager.GetLogger(typeof(Service));

            void Handle(Customer c)
            {
                Logger.Info("Callback for " + [|c.Phone|]);
                Logger.ErrorFormat("Bounce from {0}", [|c.Email|]);
                Logger.Info("Handled " + c.Id);
            }
        }
        """);

    [Fact]
    public Task Log4net_prints_a_record_through_its_ToString() => Whole.VerifyWithLibrariesAsync("""
        public record Caller([property: PhoneNumber] string Number);
        public class Agent { [Email] public string Email { get; set; } = ""; }

        class Service
        {
            private static readonly log4net.ILog Logger = log4net.LogManager.GetLogger(typeof(Service));

            void Handle(Caller caller, Agent agent)
            {
                Logger.Info([|caller|]);
                Logger.Info(agent);
            }
        }
        """);

    [Fact]
    public Task Microsoft_logger_destructuring_hole_writes_members_when_Serilog_is_behind_it() => Whole.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer, int attempt)
            {
                logger.LogInformation("Attempt {Attempt} saved {@Customer}", attempt, [|customer|]);
                logger.LogInformation("Attempt {Attempt} saved {Customer}", attempt, customer);
            }
        }
        """);
}
