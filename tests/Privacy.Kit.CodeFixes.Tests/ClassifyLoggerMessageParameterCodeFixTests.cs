using Fix = Privacy.Kit.CodeFixes.Tests.Infrastructure.CodeFixTest<Privacy.Kit.Analyzers.Rules.UnclassifiedLoggerMessageParameterAnalyzer, Privacy.Kit.CodeFixes.Fixes.ClassifyMemberCodeFix>;

namespace Privacy.Kit.CodeFixes.Tests;

public sealed class ClassifyLoggerMessageParameterCodeFixTests
{
    [Fact]
    public Task Parameter_gets_the_attribute_of_its_kind() => Fix.VerifyAsync(
        """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Callback for {Phone}")]
            public static partial void Callback(ILogger logger, [|string phone|]);

            public static partial void Callback(ILogger logger, string phone) { }
        }
        """,
        """
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Callback for {Phone}")]
            public static partial void Callback(ILogger logger, [PhoneNumber] string phone);

            public static partial void Callback(ILogger logger, string phone) { }
        }
        """);

    [Fact]
    public Task Using_is_added_when_the_file_lacks_it() => Fix.VerifyAsync(
        """
        using Microsoft.Extensions.Logging;

        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Mail sent to {Email}")]
            public static partial void Sent(ILogger logger, [|string email|]);

            public static partial void Sent(ILogger logger, string email) { }
        }
        """,
        """
        using Microsoft.Extensions.Logging;
        using Privacy.Kit;

        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Mail sent to {Email}")]
            public static partial void Sent(ILogger logger, [Email] string email);

            public static partial void Sent(ILogger logger, string email) { }
        }
        """,
        globalUsings: false);

    [Fact]
    public Task Fix_all_classifies_every_parameter_with_its_own_kind() => Fix.VerifyAsync(
        """
        static partial class Log
        {
            [LoggerMessage(2, LogLevel.Information, "{Email} {Iban} {Geboortedatum} {Achternaam}")]
            public static partial void Registered(ILogger logger, [|string email|], [|string iban|], [|DateTime geboortedatum|], [|string achternaam|]);

            public static partial void Registered(ILogger logger, string email, string iban, DateTime geboortedatum, string achternaam) { }
        }
        """,
        """
        static partial class Log
        {
            [LoggerMessage(2, LogLevel.Information, "{Email} {Iban} {Geboortedatum} {Achternaam}")]
            public static partial void Registered(ILogger logger, [Email] string email, [BankAccount] string iban, [DateOfBirth] DateTime geboortedatum, [PersonName] string achternaam);

            public static partial void Registered(ILogger logger, string email, string iban, DateTime geboortedatum, string achternaam) { }
        }
        """);
}
