using Log = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// The NLog and log4net ways of writing that do not go through the logger's own methods: NLog's extension methods and
/// fluent event builder, log4net's context properties and stacks (every event logged afterwards carries them). Compiled
/// against the real packages; each leak next to the same call with a clean value.
/// </summary>
public sealed class LoggingContextSinkTests
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
    public Task NLog_ILogger_extension_methods_are_log_sinks() => Log.VerifyWithLibrariesAsync("using NLog;\n" + Customer + """
        class Service
        {
            private static readonly NLog.ILogger Logger = NLog.LogManager.GetCurrentClassLogger();

            void Handle(Customer c, Exception error)
            {
                Logger.ConditionalDebug([|c.Phone|]);
                Logger.ConditionalTrace(error, "Bounce from {Email}", [|c.Email|]);
                Logger.ConditionalDebug(c.Id);
                Logger.ConditionalTrace(error, "Bounce from customer {Id}", c.Id);
            }
        }
        """);

    [Fact]
    public Task NLog_fluent_event_builder_message_and_properties_are_log_sinks() => Log.VerifyWithLibrariesAsync("using NLog;\n" + Customer + """
        class Service
        {
            private static readonly NLog.ILogger Logger = NLog.LogManager.GetCurrentClassLogger();

            void Handle(Customer c)
            {
                Logger.ForInfoEvent().Message("Dialing {Phone}", [|c.Phone|]).Property("Email", [|c.Email|]).Log();
                Logger.ForInfoEvent().Message("Dialing customer {Id}", c.Id).Property("CustomerId", c.Id).Log();
            }
        }
        """);

    [Fact]
    public Task Log4net_thread_and_logical_thread_context_properties_are_log_sinks() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            void Handle(Customer c)
            {
                log4net.ThreadContext.Properties["Email"] = [|c.Email|];
                log4net.LogicalThreadContext.Properties["Phone"] = [|c.Phone|];
                log4net.GlobalContext.Properties["Caller"] = [|c.Phone|];
                log4net.ThreadContext.Properties["CustomerId"] = c.Id;
                log4net.LogicalThreadContext.Properties["CustomerId"] = c.Id;
            }
        }
        """);

    [Fact]
    public Task Log4net_context_stacks_are_log_sinks() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            void Handle(Customer c)
            {
                using (log4net.ThreadContext.Stacks["NDC"].Push([|c.Email|])) { }
                using (log4net.LogicalThreadContext.Stacks["NDC"].Push([|c.Phone|])) { }
                using (log4net.ThreadContext.Stacks["NDC"].Push("customer " + c.Id)) { }
            }
        }
        """);

    [Fact]
    public Task Log4net_context_properties_read_back_are_not_a_sink() => Log.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            void Handle(Customer c)
            {
                var current = log4net.ThreadContext.Properties["Email"];
                var local = new Dictionary<string, object> { ["Email"] = c.Email };
                local["Phone"] = c.Phone;
                _ = current;
            }
        }
        """);
}
