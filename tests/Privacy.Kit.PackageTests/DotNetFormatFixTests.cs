using Privacy.Kit.PackageTests.Infrastructure;

namespace Privacy.Kit.PackageTests;

/// <summary>
/// The code fixes work without an IDE, as a pipeline runs them: the real <c>dotnet format analyzers --diagnostics PK1001</c>
/// on a consumer of the packed Privacy.Kit package (analyzers and code fixes from <c>analyzers/dotnet/cs/</c>, everything
/// else from the machine's package sources) rewrites the leaks, and the fixed project builds with warnings as errors,
/// the logging source generator writing the new <c>[LoggerMessage]</c> method.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DotNetFormatFixTests(PackedPackages packages)
{
    private const string Program = """
        using Microsoft.Extensions.Logging.Abstractions;

        var customer = new Customer { Id = 7, Phone = "+31612345678", Email = "jan@example.nl" };
        new Callbacks(NullLogger<Callbacks>.Instance).Request(customer);
        Console.WriteLine("done");

        """;

    private const string Leaking = """
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;
        using Privacy.Kit;

        public sealed class Customer
        {
            public int Id { get; set; }
            [PhoneNumber] public string Phone { get; set; } = "";
            [Email] public string Email { get; set; } = "";
        }

        public sealed class Callbacks(ILogger<Callbacks> logger)
        {
            public void Request(Customer customer)
            {
                logger.LogInformation("Callback requested by {Phone} for customer {CustomerId}", customer.Phone, customer.Id);
            }
        }

        public sealed class Mailer(ILogger<Mailer> logger, Redactor redactor)
        {
            public void Sent(Customer customer)
            {
                logger.LogInformation("Mail sent to {Email}", customer.Email);
            }
        }

        """;

    private const string Fixed = """
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;
        using Privacy.Kit;

        public sealed class Customer
        {
            public int Id { get; set; }
            [PhoneNumber] public string Phone { get; set; } = "";
            [Email] public string Email { get; set; } = "";
        }

        public sealed partial class Callbacks(ILogger<Callbacks> logger)
        {
            public void Request(Customer customer)
            {
                LogCallbackRequestedByForCustomer(logger, customer.Phone, customer.Id);
            }

            [LoggerMessage(Level = LogLevel.Information, Message = "Callback requested by {Phone} for customer {CustomerId}")]
            static partial void LogCallbackRequestedByForCustomer(ILogger logger, [PhoneNumber] string phone, int customerId);
        }

        public sealed class Mailer(ILogger<Mailer> logger, Redactor redactor)
        {
            public void Sent(Customer customer)
            {
                logger.LogInformation("Mail sent to {Email}", redactor.Redact(customer.Email));
            }
        }

        """;

    [Fact]
    public void Dotnet_format_converts_a_leaking_log_call_and_wraps_one_with_a_redactor_in_scope()
    {
        using var consumer = ConsumerProject.Create(packages, new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["Customers.cs"] = Leaking,
        });
        var source = Path.Combine(consumer.Directory, "Customers.cs");

        var leaking = consumer.Build("-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, leaking.ExitCode);
        Assert.Contains("error PK1001", leaking.Output, StringComparison.Ordinal);

        DotNet.Run(consumer.Directory, "format", "analyzers", "Consumer.csproj", "--diagnostics", "PK1001", "--severity", "info").ShouldSucceed();

        Assert.Equal(Fixed.ReplaceLineEndings("\n"), File.ReadAllText(source).ReplaceLineEndings("\n"));
        var fixedBuild = consumer.Build("-p:TreatWarningsAsErrors=true").ShouldSucceed();
        Assert.DoesNotContain("PK1001", fixedBuild.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PK1005", fixedBuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_format_writes_a_PrintMembers_for_a_record_logged_whole()
    {
        using var consumer = ConsumerProject.Create(packages, new Dictionary<string, string>
        {
            ["Program.cs"] = "Console.WriteLine(\"done\");\n",
            ["Calls.cs"] = RecordLeaking,
        });

        var leaking = consumer.Build("-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, leaking.ExitCode);
        Assert.Contains("error PK1004", leaking.Output, StringComparison.Ordinal);

        DotNet.Run(consumer.Directory, "format", "analyzers", "Consumer.csproj", "--diagnostics", "PK1004", "--severity", "info").ShouldSucceed();

        Assert.Equal(RecordFixed.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(consumer.Directory, "Calls.cs")).ReplaceLineEndings("\n"));
        var fixedBuild = consumer.Build("-p:TreatWarningsAsErrors=true").ShouldSucceed();
        Assert.DoesNotContain("PK1004", fixedBuild.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PK2002", fixedBuild.Output, StringComparison.Ordinal);
    }

    private const string RecordLeaking = """
        using Microsoft.Extensions.Logging;
        using Privacy.Kit;

        public sealed record Caller([property: PhoneNumber] string Number, int Queue);

        public sealed class Switchboard(ILogger<Switchboard> logger)
        {
            public void Answer(Caller caller) => logger.LogInformation("Answered {Caller}", caller);
        }

        """;

    private const string RecordFixed = """
        using Microsoft.Extensions.Logging;
        using Privacy.Kit;

        public sealed record Caller([property: PhoneNumber] string Number, int Queue)
        {
            private bool PrintMembers(System.Text.StringBuilder builder)
            {
                // Personal data, left out of ToString: Number.
                builder.Append("Queue = ");
                builder.Append(Queue.ToString());
                return true;
            }
        }

        public sealed class Switchboard(ILogger<Switchboard> logger)
        {
            public void Answer(Caller caller) => logger.LogInformation("Answered {Caller}", caller);
        }

        """;
}
