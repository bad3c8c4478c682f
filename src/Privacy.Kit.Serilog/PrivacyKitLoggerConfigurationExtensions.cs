using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Privacy.Kit;
using Privacy.Kit.Serilog;
using Serilog.Configuration;

namespace Serilog;

/// <summary>
/// Applies the Privacy.Kit classifications and redactors to Serilog events: <c>{@Customer}</c> masks the members
/// classified <c>[Email]</c>, <c>[PhoneNumber]</c> and the rest, and a property whose name says personal data
/// (<c>{Email}</c>, <c>LogContext.PushProperty("Iban", ...)</c>) is redacted with its kind's redactor.
/// </summary>
/// <remarks>
/// In <c>appsettings.json</c> (Serilog.Settings.Configuration):
/// <c>"Destructure": [ { "Name": "WithPrivacyKit" } ]</c>, or with options:
/// <c>{ "Name": "WithPrivacyKit", "Args": { "redaction": { "PseudonymizationKey": "...", "Overrides": { "PhoneNumber": "Erase" } } } }</c>.
/// </remarks>
public static class PrivacyKitLoggerConfigurationExtensions
{
    /// <summary>Redacts with the Privacy.Kit default redactors; no other setup is needed.</summary>
    /// <param name="destructure">The logger's destructuring configuration.</param>
    /// <returns>The logger configuration, with the destructuring policy and the property redaction added.</returns>
    public static LoggerConfiguration WithPrivacyKit(this LoggerDestructuringConfiguration destructure) =>
        destructure.WithPrivacyKit(new PrivacyKitRedactionOptions());

    /// <summary>Redacts with the Privacy.Kit redactors configured by <paramref name="options"/> (pseudonymization key, overrides).</summary>
    /// <param name="destructure">The logger's destructuring configuration.</param>
    /// <param name="options">The redaction options, as <c>AddPrivacyKit</c> takes them.</param>
    /// <returns>The logger configuration, with the destructuring policy and the property redaction added.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message says what to fix.</exception>
    public static LoggerConfiguration WithPrivacyKit(this LoggerDestructuringConfiguration destructure, PrivacyKitRedactionOptions options) =>
        Add(destructure, SerilogRedactors.From(options));

    /// <summary>
    /// Redacts with the Privacy.Kit redactors configured by a configuration section holding
    /// <see cref="PrivacyKitRedactionOptions"/>, as <c>AddPrivacyKit(section)</c> reads it (Serilog.Settings.Configuration
    /// passes the section of the <c>redaction</c> argument).
    /// </summary>
    /// <param name="destructure">The logger's destructuring configuration.</param>
    /// <param name="redaction">The section, for example <c>PrivacyKit:Redaction</c>.</param>
    /// <returns>The logger configuration, with the destructuring policy and the property redaction added.</returns>
    /// <exception cref="ArgumentException">The section holds an unknown key or an invalid value; the message names it.</exception>
    public static LoggerConfiguration WithPrivacyKit(this LoggerDestructuringConfiguration destructure, IConfigurationSection redaction) =>
        Add(destructure, SerilogRedactors.From(redaction));

    /// <summary>
    /// Redacts with <paramref name="redactorProvider"/>, for example the application's <see cref="IRedactorProvider"/>
    /// after <c>services.AddRedaction(r => r.AddPrivacyKit())</c>, so Serilog and Microsoft's logger redact alike.
    /// </summary>
    /// <param name="destructure">The logger's destructuring configuration.</param>
    /// <param name="redactorProvider">Gives the redactor of each classification.</param>
    /// <returns>The logger configuration, with the destructuring policy and the property redaction added.</returns>
    public static LoggerConfiguration WithPrivacyKit(this LoggerDestructuringConfiguration destructure, IRedactorProvider redactorProvider)
    {
        ArgumentNullException.ThrowIfNull(redactorProvider);
        return Add(destructure, new SerilogRedactors(redactorProvider));
    }

    private static LoggerConfiguration Add(LoggerDestructuringConfiguration destructure, SerilogRedactors redactors)
    {
        ArgumentNullException.ThrowIfNull(destructure);
        // The property redaction runs as a filter: Serilog applies filters after every enricher, so properties that
        // Enrich.FromLogContext() or ForContext() add later in the configuration are redacted too.
        return destructure.With(new PrivacyKitDestructuringPolicy(redactors)).Filter.With(new PrivacyKitEnricher(redactors));
    }
}
