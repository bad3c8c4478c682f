using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Privacy.Kit;
using Privacy.Kit.Redaction;

namespace Microsoft.Extensions.Compliance.Redaction;

/// <summary>
/// Registers Privacy.Kit's redactors on Microsoft's redaction builder. It lives in the builder's namespace so
/// <c>AddPrivacyKit</c> shows up next to <c>SetRedactor</c> and <c>SetHmacRedactor</c> without an extra <c>using</c>.
/// </summary>
public static class PrivacyKitRedactionBuilderExtensions
{
    /// <summary>Maps every <see cref="PrivacyTaxonomy"/> classification to its default redactor.</summary>
    /// <param name="builder">The redaction builder from <c>services.AddRedaction(...)</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IRedactionBuilder AddPrivacyKit(this IRedactionBuilder builder) => builder.AddPrivacyKit(static _ => { });

    /// <summary>Maps every <see cref="PrivacyTaxonomy"/> classification to its redactor, configured in code.</summary>
    /// <param name="builder">The redaction builder from <c>services.AddRedaction(...)</c>.</param>
    /// <param name="configure">Sets the options: the pseudonymization key, per-kind overrides and the like.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IRedactionBuilder AddPrivacyKit(this IRedactionBuilder builder, Action<PrivacyKitRedactionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        Register(builder).Configure(configure);
        return builder;
    }

    /// <summary>Maps every <see cref="PrivacyTaxonomy"/> classification to its redactor, configured from a configuration section.</summary>
    /// <param name="builder">The redaction builder from <c>services.AddRedaction(...)</c>.</param>
    /// <param name="section">The section holding the options, for example <c>configuration.GetSection("PrivacyKit:Redaction")</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="section"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// A key of the section that is no option, and a value that is no name of its enum (<c>"Overrides": { "PhoneNumber": "Hide" }</c>),
    /// fail validation at startup with an <see cref="OptionsValidationException"/> naming the key.
    /// </remarks>
    public static IRedactionBuilder AddPrivacyKit(this IRedactionBuilder builder, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        Register(builder).Bind(section);

        // Binding drops unknown keys and values it cannot convert: say so at startup instead.
        builder.Services.AddSingleton<IValidateOptions<PrivacyKitRedactionOptions>>(new PrivacyKitRedactionConfigurationValidator(section));
        return builder;
    }

    private static OptionsBuilder<PrivacyKitRedactionOptions> Register(IRedactionBuilder builder)
    {
        IServiceCollection services = builder.Services;
        OptionsBuilder<PrivacyKitRedactionOptions> options = services.AddOptions<PrivacyKitRedactionOptions>().ValidateOnStart();
        if (services.Any(static d => d.ServiceType == typeof(PrivacyKitRedactors)))
        {
            return options;
        }

        // AddRedaction registers Microsoft's provider before it runs the builder callback; Privacy.Kit's provider wraps it.
        ServiceDescriptor inner = services.LastOrDefault(static d => d.ServiceType == typeof(IRedactorProvider) && !d.IsKeyedService)
            ?? throw new InvalidOperationException(
                "AddPrivacyKit() found no redactor provider to build on: call it inside services.AddRedaction(redaction => redaction.AddPrivacyKit()).");
        services.Remove(inner);
        services.AddSingleton<IRedactorProvider>(provider =>
            new PrivacyKitRedactorProvider(CreateInner(provider, inner), provider.GetRequiredService<PrivacyKitRedactors>()));
        services.AddSingleton(static provider => new PrivacyKitRedactors(provider.GetRequiredService<IOptions<PrivacyKitRedactionOptions>>().Value));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyKitRedactionOptions>, PrivacyKitRedactionOptionsValidator>());
        return options;
    }

    private static IRedactorProvider CreateInner(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IRedactorProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
