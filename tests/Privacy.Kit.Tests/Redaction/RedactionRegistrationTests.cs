using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Privacy.Kit.Redaction;

namespace Privacy.Kit.Tests.Redaction;

public class RedactionRegistrationTests
{
    private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static IRedactorProvider BuildProvider(Action<IRedactionBuilder> redaction, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        services.AddRedaction(redaction);
        return services.BuildServiceProvider().GetRequiredService<IRedactorProvider>();
    }

    private static string Redact(IRedactorProvider provider, DataClassification classification, string value) =>
        RedactorAssert.Redact(provider.GetRedactor(new DataClassificationSet(classification)), value);

    [Fact]
    public void Every_kind_gets_its_privacy_kit_redactor()
    {
        IRedactorProvider provider = BuildProvider(r => r.AddPrivacyKit());
        foreach (PersonalDataKind kind in PrivacyClassificationSets.Kinds)
        {
            Assert.Same(PrivacyKitRedactors.Default.For(kind).GetType(), provider.GetRedactor(PrivacyClassificationSets.Set(kind)).GetType());
        }
    }

    [Fact]
    public void Options_come_from_a_configuration_section()
    {
        IConfigurationSection section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PrivacyKit:Redaction:PseudonymizationKey"] = Key,
            ["PrivacyKit:Redaction:PseudonymizationKeyId"] = "2026a",
            ["PrivacyKit:Redaction:PaymentCardDisplay"] = "FirstSixLastFour",
            ["PrivacyKit:Redaction:PublicMailProviders:0"] = "example.org",
            ["PrivacyKit:Redaction:Overrides:PhoneNumber"] = "Erase",
        }).Build().GetSection("PrivacyKit:Redaction");

        IRedactorProvider provider = BuildProvider(r => r.AddPrivacyKit(section));

        Assert.StartsWith("2026a:", Redact(provider, PrivacyTaxonomy.PersonalData, "customer-4711"), StringComparison.Ordinal);
        Assert.Equal("411111***1111", Redact(provider, PrivacyTaxonomy.PaymentCard, "4111111111111111"));
        Assert.Equal("p***@example.org", Redact(provider, PrivacyTaxonomy.EmailAddress, "piet@example.org"));
        Assert.Equal("j***@gmail.com", Redact(provider, PrivacyTaxonomy.EmailAddress, "jan@gmail.com"));
        Assert.Equal(string.Empty, Redact(provider, PrivacyTaxonomy.PhoneNumber, "+31612345678"));
    }

    [Fact]
    public void Kind_can_be_pseudonymized_instead_of_masked()
    {
        IRedactorProvider provider = BuildProvider(r => r.AddPrivacyKit(o =>
        {
            o.PseudonymizationKey = Key;
            o.Overrides[nameof(PrivacyTaxonomy.EmailAddress)] = RedactionMode.Pseudonymize;
        }));

        Assert.StartsWith("k1:", Redact(provider, PrivacyTaxonomy.EmailAddress, "jan@gmail.com"), StringComparison.Ordinal);
    }

    [Fact]
    public void Redactor_set_for_a_kind_overrides_the_privacy_kit_default()
    {
        IRedactorProvider provider = BuildProvider(r => r.AddPrivacyKit().SetRedactor<UpperCaseRedactor>(PrivacyTaxonomy.PersonName));

        Assert.Equal("JAN", Redact(provider, PrivacyTaxonomy.PersonName, "jan"));
    }

    [Fact]
    public void Pass_through_redactor_is_never_used_for_a_privacy_kit_classification()
    {
        IRedactorProvider provider = BuildProvider(r => r.SetRedactor<NullRedactor>(PrivacyTaxonomy.PhoneNumber).SetFallbackRedactor<NullRedactor>().AddPrivacyKit());

        Assert.Equal("+31***78", Redact(provider, PrivacyTaxonomy.PhoneNumber, "+31612345678"));
        Assert.Equal(string.Empty, Redact(provider, PrivacyTaxonomy.SpecialCategory, "diabetes"));
        Assert.Equal("plain", Redact(provider, new DataClassification("Other", "Public"), "plain"));
    }

    [Fact]
    public void Pass_through_provider_registered_earlier_is_overruled_for_privacy_kit_classifications()
    {
        IRedactorProvider provider = BuildProvider(
            r => r.AddPrivacyKit(),
            services => services.AddSingleton<IRedactorProvider>(NullRedactorProvider.Instance));

        Assert.Equal("***1111", Redact(provider, PrivacyTaxonomy.PaymentCard, "4111111111111111"));
    }

    [Fact]
    public void Set_combining_a_privacy_kit_classification_with_another_is_erased()
    {
        IRedactorProvider provider = BuildProvider(r => r.SetFallbackRedactor<NullRedactor>().AddPrivacyKit());
        var combined = new DataClassificationSet(PrivacyTaxonomy.PersonName, new DataClassification("Other", "Public"));

        Assert.Equal(string.Empty, RedactorAssert.Redact(provider.GetRedactor(combined), "Jan de Vries"));
    }

    [Fact]
    public void Add_privacy_kit_without_a_redactor_provider_says_how_to_register_it()
    {
        var builder = new FakeRedactionBuilder(new ServiceCollection());
        var exception = Assert.Throws<InvalidOperationException>(() => builder.AddPrivacyKit());
        Assert.Contains("AddRedaction", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PseudonymizationKey", "c2hvcnQ=", "at least 256")]
    [InlineData("PseudonymizationKey", "not base64!", "not valid base64")]
    [InlineData("PseudonymizationKeyId", "has space", "PseudonymizationKeyId")]
    [InlineData("Overrides:Emial", "Erase", "unknown kind 'Emial'")]
    [InlineData("Overrides:PhoneNumber", "Pseudonymize", "no PseudonymizationKey is set")]
    [InlineData("PublicMailProviders:0", "not a domain", "PublicMailProviders")]
    [InlineData("SpecialCategoryTerms:0", " ", "SpecialCategoryTerms entry ' ' is empty")]
    [InlineData("SpecialCategoryTerms:0", "1234", "SpecialCategoryTerms entry '1234' has no letter")]
    public void Invalid_options_fail_at_startup_saying_what_to_fix(string setting, string value, string message)
    {
        IConfigurationSection section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Redaction:" + setting] = value })
            .Build().GetSection("Redaction");
        var services = new ServiceCollection();
        services.AddRedaction(r => r.AddPrivacyKit(section));
        ServiceProvider provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IRedactorProvider>());
    }

    [Fact]
    public void Validation_error_never_shows_the_key()
    {
        string shortKey = Convert.ToBase64String("secret-but-too-short"u8.ToArray());
        var services = new ServiceCollection();
        services.AddRedaction(r => r.AddPrivacyKit(o => o.PseudonymizationKey = shortKey));

        var exception = Assert.Throws<OptionsValidationException>(() => services.BuildServiceProvider().GetRequiredService<IRedactorProvider>());
        Assert.DoesNotContain(shortKey, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_reported_by_parameter_name()
    {
        var builder = new FakeRedactionBuilder(new ServiceCollection());
        Assert.Throws<ArgumentNullException>("builder", () => ((IRedactionBuilder)null!).AddPrivacyKit());
        Assert.Throws<ArgumentNullException>("configure", () => builder.AddPrivacyKit((Action<PrivacyKitRedactionOptions>)null!));
        Assert.Throws<ArgumentNullException>("section", () => builder.AddPrivacyKit((IConfigurationSection)null!));
    }

    private sealed class UpperCaseRedactor : Redactor
    {
        public override int GetRedactedLength(ReadOnlySpan<char> input) => DiscriminatorSuffix.Strip(input).Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination) =>
            DiscriminatorSuffix.Strip(source).ToUpperInvariant(destination);
    }

    private sealed class FakeRedactionBuilder(IServiceCollection services) : IRedactionBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IRedactionBuilder SetRedactor<T>(params DataClassificationSet[] classifications)
            where T : Redactor => this;

        public IRedactionBuilder SetFallbackRedactor<T>()
            where T : Redactor => this;
    }
}
