using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Privacy.Kit.Consent;
using static Privacy.Kit.Tests.Consent.ConsentScenario;

namespace Privacy.Kit.Tests.Consent;

public sealed class AddConsentTests
{
    [Fact]
    public void A_holiday_added_in_configuration_denies_marketing_calls_that_day()
    {
        using var provider = Provider(("PrivacyKit:Consent:Calendars:NL:Add:0", "2026-06-15"));
        var service = provider.GetRequiredService<ConsentService>();
        var subject = SubjectId.Phone("0612345678");
        service.Record(subject, new ConsentGiven { OccurredAt = At("2026-01-10T10:00:00Z"), Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, LegalEntity = Entity });

        var decision = service.Evaluate(new ContactRequest { Subject = subject, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Phone, Caller = new Caller(Entity), At = BeforeCutOff });

        Assert.Equal([DenialReason.PublicHoliday], decision.Reasons);
        Assert.EndsWith("+1-0", decision.RuleSetVersion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PrivacyKit:Consent:Calendars:NL:Add:0", "15-06-2026", "PrivacyKit:Consent:Calendars:NL:Add:0")]
    [InlineData("PrivacyKit:Consent:Calendars:DE:Add:0", "2026-06-15", "PrivacyKit:Consent:Calendars:DE")]
    [InlineData("PrivacyKit:Consent:DoNotCallListFile", "/nonexistent/do-not-call.txt", "PrivacyKit:Consent:DoNotCallListFile")]
    public void Invalid_configuration_fails_at_startup_naming_the_key(string key, string value, string named)
    {
        using var provider = Provider((key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ContactRuleOptions>>().Value);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var pseudonymizer = new SubjectPseudonymizer(new byte[32]);
        return new ServiceCollection()
            .AddSingleton(pseudonymizer)
            .AddSingleton<IConsentLedger>(new InMemoryConsentLedger(pseudonymizer))
            .AddConsent(configuration.GetSection("PrivacyKit:Consent"))
            .BuildServiceProvider();
    }
}
