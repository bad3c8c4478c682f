using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Privacy.Kit.Consent;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers contact decisions: <see cref="ContactRuleOptions"/> from configuration and a <see cref="ConsentService"/> on the registered ledger.</summary>
public static class ConsentServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ContactRuleOptions"/> from configuration (for example the <c>PrivacyKit:Consent</c> section:
    /// <c>Calendars:NL:Add</c>, <c>Calendars:BE:Remove</c>, <c>DoNotCallListFile</c>), validated at startup, and
    /// registers <see cref="ConsentService"/> on the <see cref="IConsentLedger"/> and <see cref="SubjectPseudonymizer"/>
    /// the application registers.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section of the consent options.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>Invalid configuration throws <see cref="OptionsValidationException"/> at startup, each message naming the key.</remarks>
    public static IServiceCollection AddConsent(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddConsent(section.Path, builder => builder.Bind(section));
    }

    /// <summary>Configures <see cref="ContactRuleOptions"/> in code and registers <see cref="ConsentService"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddConsent(this IServiceCollection services, Action<ContactRuleOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddConsent("PrivacyKit:Consent", builder => builder.Configure(configure));
    }

    private static IServiceCollection AddConsent(this IServiceCollection services, string sectionPath, Action<OptionsBuilder<ContactRuleOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        configure(services.AddOptions<ContactRuleOptions>().ValidateOnStart());
        services.AddSingleton<IValidateOptions<ContactRuleOptions>>(new ContactRuleOptionsValidator(sectionPath));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new ConsentService(
            provider.GetRequiredService<IConsentLedger>(),
            provider.GetRequiredService<SubjectPseudonymizer>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<ContactRuleOptions>>().Value));
        return services;
    }
}
