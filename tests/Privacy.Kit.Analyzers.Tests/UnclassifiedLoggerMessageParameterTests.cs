using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.UnclassifiedLoggerMessageParameterAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class UnclassifiedLoggerMessageParameterTests
{
    [Fact]
    public Task Message_names_the_parameter_the_method_and_the_kind() => Verify.VerifyAsync("""
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Callback for {Phone}")]
            public static partial void Callback(ILogger logger, {|#0:string phone|});
        }
        """,
        generatedSource: """
        static partial class Log
        {
            public static partial void Callback(ILogger logger, string phone) { }
        }
        """,
        expected: Verify.Diagnostic("PK1005").WithLocation(0).WithArguments("phone", "Callback", "PhoneNumber"));

    [Fact]
    public Task Classified_parameters_and_plumbing_are_not_reported() => Verify.VerifyCleanAsync("""
        static partial class Log
        {
            [LoggerMessage(EventId = 2, Message = "Payment from {Iban} failed")]
            public static partial void PaymentFailed(ILogger logger, LogLevel level, Exception error, [BankAccount] string iban, int attempt);

            public static partial void PaymentFailed(ILogger logger, LogLevel level, Exception error, string iban, int attempt) { }
        }
        """);

    [Fact]
    public Task Instance_logging_method_parameter_is_reported() => Verify.VerifyAsync("""
        partial class Calls(ILogger logger)
        {
            private readonly ILogger _logger = logger;

            [LoggerMessage(3, LogLevel.Warning, "Caller {Email} hung up")]
            private partial void HungUp([|string email|]);

            private partial void HungUp(string email) { }
        }
        """);

    [Fact]
    public Task Identity_personal_data_parameter_without_classification_is_reported() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : Attribute { } }

        static partial class Log
        {
            [LoggerMessage(4, LogLevel.Information, "Signed in {Handle}")]
            public static partial void SignedIn(ILogger logger, [|[Microsoft.AspNetCore.Identity.PersonalData] string handle|]);

            public static partial void SignedIn(ILogger logger, string handle) { }
        }
        """);

    [Fact]
    public Task NotPersonalData_parameter_is_not_reported() => Verify.VerifyCleanAsync("""
        static partial class Log
        {
            [LoggerMessage(5, LogLevel.Information, "Mail sent from {Address}")]
            public static partial void Sent(ILogger logger, [NotPersonalData] string address);

            public static partial void Sent(ILogger logger, string address) { }
        }
        """);

    [Fact]
    public Task Ordinary_method_is_not_checked() => Verify.VerifyCleanAsync("""
        static class Helpers
        {
            public static void Callback(ILogger logger, string phone) { }
        }
        """);
}
