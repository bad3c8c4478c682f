using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Tests.Vendors;

public sealed class VendorPolicyTests
{
    private static Dictionary<string, string?> ValidSettings() => new()
    {
        ["PrivacyKit:Vendors:AcmeCrm:LegalEntity"] = "Acme CRM B.V.",
        ["PrivacyKit:Vendors:AcmeCrm:Role"] = "Processor",
        ["PrivacyKit:Vendors:AcmeCrm:Countries:0"] = "NL",
        ["PrivacyKit:Vendors:AcmeCrm:Retention"] = "90.00:00:00",
        ["PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Allow:0"] = "PersonName",
        ["PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Redact:0"] = "PhoneNumber",
    };

    private static VendorSharing Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddVendorSharing(configuration.GetSection("PrivacyKit")).BuildServiceProvider();
        return provider.GetRequiredService<VendorSharing>();
    }

    private static string ErrorFor(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Resolve(settings)).Message;

    [Fact]
    public void Policy_binds_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ValidSettings()).Build();
        using var provider = new ServiceCollection().AddVendorSharing(configuration.GetSection("PrivacyKit")).BuildServiceProvider();

        var policy = provider.GetRequiredService<IOptions<VendorSharingOptions>>().Value.Vendors["acmecrm"];

        Assert.Equal(VendorRole.Processor, policy.Role);
        Assert.Equal(TimeSpan.FromDays(90), policy.Retention);
        Assert.Equal(["PersonName"], policy.Purposes["Export"].Allow);
        Assert.Equal(["PhoneNumber"], policy.Purposes["Export"].Redact);
    }

    [Fact]
    public void Unknown_kind_is_an_error_naming_the_field_and_the_valid_kinds()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Allow:0"] = "Emial";

        var message = ErrorFor(settings);

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Allow:0 'Emial'", message, StringComparison.Ordinal);
        Assert.Contains("EmailAddress", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_legal_entity_is_an_error_naming_the_field()
    {
        var settings = ValidSettings();
        settings.Remove("PrivacyKit:Vendors:AcmeCrm:LegalEntity");

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:LegalEntity is required", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_role_is_an_error_naming_the_field()
    {
        var settings = ValidSettings();
        settings.Remove("PrivacyKit:Vendors:AcmeCrm:Role");

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:Role must be", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Country_outside_the_EEA_needs_a_transfer_mechanism()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Countries:1"] = "US";

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:TransferMechanism is required", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Country_outside_the_EEA_with_standard_contractual_clauses_is_valid()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Countries:1"] = "US";
        settings["PrivacyKit:Vendors:AcmeCrm:TransferMechanism"] = "StandardContractualClauses";

        Assert.NotNull(Resolve(settings));
    }

    [Fact]
    public void Adequacy_decision_for_a_country_that_has_one_is_valid()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Countries:1"] = "CH";
        settings["PrivacyKit:Vendors:AcmeCrm:TransferMechanism"] = "AdequacyDecision";

        Assert.NotNull(Resolve(settings));
    }

    [Fact]
    public void Adequacy_decision_for_a_country_without_one_is_an_error_naming_the_country()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Countries:1"] = "IN";
        settings["PrivacyKit:Vendors:AcmeCrm:TransferMechanism"] = "AdequacyDecision";

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:Countries:1 'IN' has no adequacy decision", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_country_is_an_error_naming_the_field()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Countries:0"] = "Netherlands";

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:Countries:0 'Netherlands'", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_retention_is_an_error_naming_the_field()
    {
        var settings = ValidSettings();
        settings.Remove("PrivacyKit:Vendors:AcmeCrm:Retention");

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:Retention must be a positive duration", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_without_purposes_is_an_error()
    {
        var settings = ValidSettings();
        settings.Remove("PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Allow:0");
        settings.Remove("PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Redact:0");

        Assert.Contains("PrivacyKit:Vendors:AcmeCrm:Purposes is empty", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_both_allowed_and_redacted_is_an_error()
    {
        var settings = ValidSettings();
        settings["PrivacyKit:Vendors:AcmeCrm:Purposes:Export:Redact:0"] = "PersonName";

        Assert.Contains("'PersonName' is both allowed and redacted", ErrorFor(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_defined_in_code_is_validated_at_startup()
    {
        using var provider = new ServiceCollection()
            .AddVendorSharing(options => options.Vendors["Dialer"] = new VendorPolicy())
            .BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<VendorSharingOptions>>().Value);
    }

    [Theory]
    [InlineData("CustomerName", "Export", true)]
    [InlineData("Name", "Customer", true)]
    [InlineData("Name", "Campaign", false)]
    [InlineData("CampaignName", "Export", false)]
    [InlineData("EmailAddress", "Export", true)]
    [InlineData("mobile_number", "Export", true)]
    [InlineData("DateOfBirth", "Export", true)]
    [InlineData("Telefoonnummer", "Export", true)]
    [InlineData("SourceIp", "Export", true)]
    [InlineData("Notes", "Ticket", true)]
    [InlineData("RedactedEmail", "Export", false)]
    [InlineData("DurationSeconds", "Export", false)]
    [InlineData("CallId", "Export", false)]
    public void Unclassified_members_are_read_by_the_shared_name_heuristics(string member, string type, bool personal) =>
        Assert.Equal(personal, NameHeuristics.Default.MatchMember(member, type) is not null);
}
