using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Privacy.Kit;
using Privacy.Kit.Vendors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers vendor data sharing: policies, payload serializer options and the disclosure log.</summary>
public static class VendorSharingServiceCollectionExtensions
{
    /// <summary>Binds the vendor policies from configuration (for example the <c>PrivacyKit</c> section of appsettings.json, whose <c>Vendors</c> object holds one policy per vendor).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section that holds <c>Vendors</c>.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>An invalid policy throws <see cref="OptionsValidationException"/> at startup naming each invalid field.</remarks>
    public static IServiceCollection AddVendorSharing(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddVendorSharing(section.Path, builder => builder.Bind(section));
    }

    /// <summary>Defines the vendor policies in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the policies.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>An invalid policy throws <see cref="OptionsValidationException"/> at startup naming each invalid field.</remarks>
    public static IServiceCollection AddVendorSharing(this IServiceCollection services, Action<VendorSharingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddVendorSharing("PrivacyKit", builder => builder.Configure(configure));
    }

    private static IServiceCollection AddVendorSharing(this IServiceCollection services, string sectionPath, Action<OptionsBuilder<VendorSharingOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        configure(services.AddOptions<VendorSharingOptions>().ValidateOnStart());
        services.AddSingleton<IValidateOptions<VendorSharingOptions>>(new VendorSharingOptionsValidator(sectionPath));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDisclosureLog, InMemoryDisclosureLog>();
        services.TryAddSingleton<VendorSharing>();
        return services;
    }
}
