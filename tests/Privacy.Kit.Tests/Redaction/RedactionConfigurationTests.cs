using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Privacy.Kit.Tests.Redaction;

/// <summary>What configuration binding would drop silently stops the application at startup, naming the key.</summary>
public sealed class RedactionConfigurationTests
{
    [Theory]
    [InlineData("Overrides:PhoneNumber", "Hide", "PrivacyKit:Redaction:Overrides:PhoneNumber: 'Hide' is not a RedactionMode value; use Default, Erase or Pseudonymize.")]
    [InlineData("Overrides:PhoneNumber", "1", "PrivacyKit:Redaction:Overrides:PhoneNumber: '1' is not a RedactionMode value")]
    [InlineData("PaymentCardDisplay", "1", "PrivacyKit:Redaction:PaymentCardDisplay: '1' is not a PaymentCardDisplay value; use LastFour or FirstSixLastFour.")]
    [InlineData("PseudonymisationKey", "AAAA", "PrivacyKit:Redaction:PseudonymisationKey: 'PseudonymisationKey' is not a Privacy.Kit redaction option")]
    [InlineData("Override:PhoneNumber", "Erase", "PrivacyKit:Redaction:Override: 'Override' is not a Privacy.Kit redaction option")]
    public void A_value_or_key_binding_would_drop_fails_at_startup_naming_the_key(string setting, string value, string message)
    {
        ServiceProvider provider = Bind(new() { ["PrivacyKit:Redaction:" + setting] = value });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_binding_cannot_convert_is_refused_naming_the_key()
    {
        ServiceProvider provider = Bind(new() { ["PrivacyKit:Redaction:PaymentCardDisplay"] = "All" });

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("'All' at 'PrivacyKit:Redaction:PaymentCardDisplay'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_option_and_mode_spelled_as_documented_is_accepted_in_any_case()
    {
        ServiceProvider provider = Bind(new()
        {
            ["PrivacyKit:Redaction:pseudonymizationKey"] = Convert.ToBase64String(new byte[32]),
            ["PrivacyKit:Redaction:PseudonymizationKeyId"] = "2026a",
            ["PrivacyKit:Redaction:PaymentCardDisplay"] = "firstSixLastFour",
            ["PrivacyKit:Redaction:PublicMailProviders:0"] = "example-mail.nl",
            ["PrivacyKit:Redaction:specialCategoryTerms:0"] = "ziekte van Crohn",
            ["PrivacyKit:Redaction:Overrides:PhoneNumber"] = "erase",
            ["PrivacyKit:Redaction:Overrides:EmailAddress"] = "Pseudonymize",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(RedactionMode.Erase, provider.GetRequiredService<IOptions<PrivacyKitRedactionOptions>>().Value.Overrides["PhoneNumber"]);
        Assert.Equal(["ziekte van Crohn"], provider.GetRequiredService<IOptions<PrivacyKitRedactionOptions>>().Value.SpecialCategoryTerms);
    }

    private static ServiceProvider Bind(Dictionary<string, string?> settings)
    {
        IConfigurationSection section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("PrivacyKit:Redaction");
        var services = new ServiceCollection();
        services.AddRedaction(r => r.AddPrivacyKit(section));
        return services.BuildServiceProvider();
    }
}
