using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Context;

namespace Privacy.Kit.Serilog.Tests;

/// <summary>A real Serilog pipeline with <c>.Destructure.WithPrivacyKit()</c>: what reaches the sink is redacted.</summary>
public sealed class PipelineTests
{
    private static readonly Customer Jan = new()
    {
        Id = 7, Name = "Jan de Vries", Email = "jan@acme-bouw.nl", Phone = "+31 6 12345678", Segment = "retail", SupportEmail = "desk@acme.nl",
    };

    [Fact]
    public void A_destructured_object_has_its_classified_members_masked_and_the_rest_kept()
    {
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().Destructure.WithPrivacyKit().WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information("Updated {@Customer}", Jan);
        }

        Assert.Equal(
            """Customer { Id: 7, Name: "J.d.V.", Email: "j***@***.nl", Phone: "+31***78", Segment: "retail", SupportEmail: "desk@acme.nl" }""",
            sink.Property("Customer"));
    }

    [Fact]
    public void Record_parameters_are_classified_as_their_attributes_say() =>
        Assert.Equal(
            """CallRecord { CallId: 3, Note: "Bel ***78 terug", CallerEmail: "j***@gmail.com" }""",
            Log(logger => logger.Information("{@Call}", new CallRecord(3, "Bel 06-12345678 terug", "jan@gmail.com"))).Property("Call"));

    [Fact]
    public void An_unclassified_member_named_like_personal_data_is_masked_as_its_kind() =>
        Assert.Equal(
            """Unclassified { CustomerEmail: "j***@***.nl", ServerAddress: "10.0.0.1" }""",
            Log(logger => logger.Information("{@Value}", new Unclassified { CustomerEmail = "jan@acme-bouw.nl", ServerAddress = "10.0.0.1" })).Property("Value"));

    [Fact]
    public void A_type_classified_as_a_whole_is_redacted_as_one_value() =>
        Assert.Equal("\"\"", Log(logger => logger.Information("{@Number}", new CustomerNumber("customer-4711"))).Property("Number"));

    [Fact]
    public void Collections_of_objects_are_masked_item_by_item() =>
        Assert.Contains(
            "Email: \"j***@***.nl\"",
            Log(logger => logger.Information("{@Customers}", new[] { Jan, Jan })).Property("Customers"),
            StringComparison.Ordinal);

    [Fact]
    public void An_object_without_personal_data_is_destructured_exactly_as_plain_serilog_does()
    {
        var order = new Order { Number = 12, Amount = 9.95m };
        var plain = new InMemorySink();
        using (var logger = new LoggerConfiguration().WriteTo.Sink(plain).CreateLogger())
        {
            logger.Information("{@Order}", order);
        }

        Assert.Equal(plain.Property("Order"), Log(logger => logger.Information("{@Order}", order)).Property("Order"));
    }

    [Fact]
    public void A_template_property_named_like_personal_data_is_masked_as_its_kind() =>
        Assert.Equal(
            "Call from \"+31***78\" about \"j***@***.nl\", order 12",
            Log(logger => logger.Information("Call from {CallerPhone} about {Email}, order {Order}", "+31 6 12345678", "jan@acme-bouw.nl", 12)).Message());

    [Fact]
    public void A_property_pushed_on_the_log_context_is_masked()
    {
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().Destructure.WithPrivacyKit().Enrich.FromLogContext().WriteTo.Sink(sink).CreateLogger())
        using (LogContext.PushProperty("Iban", "NL91ABNA0417164300"))
        {
            logger.Information("Payment failed");
        }

        Assert.Equal("\"NL***4300\"", sink.Property("Iban"));
    }

    [Fact]
    public void Options_apply_as_they_do_for_microsofts_logger()
    {
        var options = new PrivacyKitRedactionOptions();
        options.Overrides["PhoneNumber"] = RedactionMode.Erase;
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().Destructure.WithPrivacyKit(options).WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information("{@Customer}", Jan);
        }

        Assert.Contains("Phone: \"\"", sink.Property("Customer"), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_saying_what_to_fix()
    {
        var options = new PrivacyKitRedactionOptions { PseudonymizationKey = "not base64!" };

        var exception = Assert.Throws<ArgumentException>(() => new LoggerConfiguration().Destructure.WithPrivacyKit(options));
        Assert.Contains("PseudonymizationKey is not valid base64", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_applications_redactor_provider_redacts_serilog_events_as_it_redacts_microsofts_logs()
    {
        using var services = new ServiceCollection()
            .AddRedaction(redaction => redaction.AddPrivacyKit().SetRedactor<StarRedactor>(new DataClassificationSet(PrivacyTaxonomy.EmailAddress)))
            .BuildServiceProvider();
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().Destructure.WithPrivacyKit(services.GetRequiredService<IRedactorProvider>()).WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information("{@Customer}", Jan);
        }

        Assert.Contains("Email: \"*****\"", sink.Property("Customer"), StringComparison.Ordinal);
        Assert.Contains("Name: \"J.d.V.\"", sink.Property("Customer"), StringComparison.Ordinal);
    }

    private static InMemorySink Log(Action<ILogger> write)
    {
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().Destructure.WithPrivacyKit().WriteTo.Sink(sink).CreateLogger())
        {
            write(logger);
        }

        return sink;
    }
}
