using Microsoft.Extensions.Configuration;
using Serilog;

namespace Privacy.Kit.Serilog.Tests;

/// <summary><c>"Destructure": [ { "Name": "WithPrivacyKit" } ]</c> in appsettings.json, read by Serilog.Settings.Configuration.</summary>
public sealed class ConfigurationTests
{
    private static readonly Customer Jan = new() { Id = 7, Name = "Jan de Vries", Email = "jan@acme-bouw.nl", Phone = "+31 6 12345678" };

    [Fact]
    public void Configuration_turns_on_the_default_redactors()
    {
        var sink = Log(new Dictionary<string, string?> { ["Serilog:Destructure:0:Name"] = "WithPrivacyKit" });

        Assert.Contains("Email: \"j***@***.nl\"", sink.Property("Customer"), StringComparison.Ordinal);
        Assert.Contains("Phone: \"+31***78\"", sink.Property("Customer"), StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_passes_the_redaction_options()
    {
        var sink = Log(new Dictionary<string, string?>
        {
            ["Serilog:Destructure:0:Name"] = "WithPrivacyKit",
            ["Serilog:Destructure:0:Args:redaction:Overrides:PhoneNumber"] = "Erase",
        });

        Assert.Contains("Phone: \"\"", sink.Property("Customer"), StringComparison.Ordinal);
        Assert.Contains("Email: \"j***@***.nl\"", sink.Property("Customer"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_mode_in_configuration_is_refused_naming_the_key()
    {
        var exception = Assert.ThrowsAny<Exception>(() => Log(new Dictionary<string, string?>
        {
            ["Serilog:Destructure:0:Name"] = "WithPrivacyKit",
            ["Serilog:Destructure:0:Args:redaction:Overrides:PhoneNumber"] = "Hide",
        }));

        Assert.Contains("Overrides:PhoneNumber: 'Hide' is not a RedactionMode value", (exception.InnerException ?? exception).Message, StringComparison.Ordinal);
    }

    private static InMemorySink Log(Dictionary<string, string?> settings)
    {
        settings["Serilog:Using:0"] = "Privacy.Kit.Serilog";
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var sink = new InMemorySink();
        using (var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information("{@Customer}", Jan);
        }

        return sink;
    }
}
