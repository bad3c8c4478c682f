using Fix = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer, Privacy.Kit.CodeFixes.RedactValueCodeFix>;

namespace Privacy.Kit.CodeFixes.Tests;

/// <summary>
/// PK1001 without a redactor in scope: the log call becomes a call of a <c>[LoggerMessage]</c> method whose parameters
/// carry the classification of what they receive, so Microsoft's log redaction redacts them. The fixed code compiles
/// (the partial method has no accessibility, so it needs no body until the logging generator writes one) and raises
/// no PK1001.
/// </summary>
public sealed class LoggerMessageCodeFixTests
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
    public Task A_template_call_becomes_a_LoggerMessage_method_with_a_classified_parameter() => Fix.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Callback requested by {Phone}", [|customer.Phone|]);
        }
        """, Customer + """
        partial class Service(ILogger logger)
        {
            void Handle(Customer customer) => LogCallbackRequestedBy(logger, customer.Phone);

            [LoggerMessage(Level = LogLevel.Information, Message = "Callback requested by {Phone}")]
            static partial void LogCallbackRequestedBy(ILogger logger, [PhoneNumber] string phone);
        }
        """);

    [Fact]
    public Task Every_leaking_argument_gets_its_own_classification_and_a_clean_one_none() => Fix.VerifyAsync(Customer + """
        public sealed class Service
        {
            private readonly ILogger<Service> _logger;

            public Service(ILogger<Service> logger) => _logger = logger;

            public void Handle(Customer customer, int attempt)
            {
                _logger.LogWarning("Mail to {Email} or {Phone} failed, attempt {Attempt}", [|customer.Email|], [|customer.Phone|], attempt);
            }
        }
        """, Customer + """
        public sealed partial class Service
        {
            private readonly ILogger<Service> _logger;

            public Service(ILogger<Service> logger) => _logger = logger;

            public void Handle(Customer customer, int attempt)
            {
                LogMailToOrFailedAttempt(_logger, customer.Email, customer.Phone, attempt);
            }

            [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {Email} or {Phone} failed, attempt {Attempt}")]
            static partial void LogMailToOrFailedAttempt(ILogger logger, [Email] string email, [PhoneNumber] string phone, int attempt);
        }
        """);

    [Fact]
    public Task An_interpolated_message_becomes_a_template_named_after_its_holes() => Fix.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation($"Customer {customer.Id} changed e-mail to {[|customer.Email|]}");
        }
        """, Customer + """
        partial class Service(ILogger logger)
        {
            void Handle(Customer customer) => LogCustomerChangedEMailTo(logger, customer.Id, customer.Email);

            [LoggerMessage(Level = LogLevel.Information, Message = "Customer {Id} changed e-mail to {Email}")]
            static partial void LogCustomerChangedEMailTo(ILogger logger, int id, [Email] string email);
        }
        """);

    [Fact]
    public Task The_exception_and_a_constant_event_id_are_kept() => Fix.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer, InvalidOperationException error) =>
                logger.LogError(1001, error, "Payment reminder to {Email} failed", [|customer.Email|]);
        }
        """, Customer + """
        partial class Service(ILogger logger)
        {
            void Handle(Customer customer, InvalidOperationException error) =>
                LogPaymentReminderToFailed(logger, error, customer.Email);

            [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Payment reminder to {Email} failed")]
            static partial void LogPaymentReminderToFailed(ILogger logger, InvalidOperationException exception, [Email] string email);
        }
        """);

    [Fact]
    public Task A_nested_type_and_the_types_around_it_become_partial() => Fix.VerifyAsync(Customer + """
        public static class Handlers
        {
            internal sealed class Callback(ILogger logger)
            {
                public void Run(Customer customer) => logger.LogDebug("Dialing {Phone}", [|customer.Phone|]);
            }
        }
        """, Customer + """
        public static partial class Handlers
        {
            internal sealed partial class Callback(ILogger logger)
            {
                public void Run(Customer customer) => LogDialing(logger, customer.Phone);

                [LoggerMessage(Level = LogLevel.Debug, Message = "Dialing {Phone}")]
                static partial void LogDialing(ILogger logger, [PhoneNumber] string phone);
            }
        }
        """);

    [Fact]
    public Task Two_calls_with_the_same_words_get_distinct_methods() => Fix.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer)
            {
                logger.LogInformation("Calling {Phone}", [|customer.Phone|]);
                logger.LogInformation("Calling {Email}", [|customer.Email|]);
            }
        }
        """, Customer + """
        partial class Service(ILogger logger)
        {
            void Handle(Customer customer)
            {
                LogCalling(logger, customer.Phone);
                LogCalling2(logger, customer.Email);
            }

            [LoggerMessage(Level = LogLevel.Information, Message = "Calling {Phone}")]
            static partial void LogCalling(ILogger logger, [PhoneNumber] string phone);

            [LoggerMessage(Level = LogLevel.Information, Message = "Calling {Email}")]
            static partial void LogCalling2(ILogger logger, [Email] string email);
        }
        """);

    [Fact]
    public Task Log_with_a_constant_level_is_converted_too() => Fix.VerifyAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.Log(LogLevel.Warning, "Bounced: {Email}", [|customer.Email|]);
        }
        """, Customer + """
        partial class Service(ILogger logger)
        {
            void Handle(Customer customer) => LogBounced(logger, customer.Email);

            [LoggerMessage(Level = LogLevel.Warning, Message = "Bounced: {Email}")]
            static partial void LogBounced(ILogger logger, [Email] string email);
        }
        """);

    [Fact]
    public Task A_value_named_like_personal_data_gets_the_kind_its_name_says() => Fix.VerifyAsync("""
        class Service(ILogger logger)
        {
            void Handle(string iban) => logger.LogInformation("Refund to {Iban}", [|iban|]);
        }
        """, """
        partial class Service(ILogger logger)
        {
            void Handle(string iban) => LogRefundTo(logger, iban);

            [LoggerMessage(Level = LogLevel.Information, Message = "Refund to {Iban}")]
            static partial void LogRefundTo(ILogger logger, [BankAccount] string iban);
        }
        """);

    [Fact]
    public Task No_conversion_for_a_message_that_is_not_a_constant() => Fix.VerifyNoFixAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer, string template) => logger.LogInformation(template, [|customer.Email|]);
        }
        """);

    [Fact]
    public Task No_conversion_for_positional_holes() => Fix.VerifyNoFixAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Mail to {0}", [|customer.Email|]);
        }
        """);

    [Fact]
    public Task No_conversion_when_holes_and_arguments_differ_in_number() => Fix.VerifyNoFixAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer) => logger.LogInformation("Mail to {Email} ({Id})", [|customer.Email|]);
        }
        """);

    [Fact]
    public Task No_conversion_for_a_scope() => Fix.VerifyNoFixAsync(Customer + """
        class Service(ILogger logger)
        {
            void Handle(Customer customer)
            {
                using var scope = logger.BeginScope("Customer {Email}", [|customer.Email|]);
            }
        }
        """);

    [Fact]
    public Task No_conversion_inside_an_interface() => Fix.VerifyNoFixAsync("""
        public interface IMailer
        {
            ILogger Logger { get; }

            void Send([Email] string email) => Logger.LogInformation("Mail {Email}", [|email|]);
        }
        """);
}
