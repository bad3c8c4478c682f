using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Privacy.Kit.Redaction;

namespace Privacy.Kit.Serilog;

/// <summary>
/// The redactors the Serilog policy and enricher use: by classification (attributes) and by property name (the kinds
/// table's heuristic terms), each looked up once per classification set or name.
/// </summary>
internal sealed class SerilogRedactors(IRedactorProvider provider)
{
    private readonly IRedactorProvider _provider = provider;
    private readonly ConcurrentDictionary<string, Redactor?> _byName = new(StringComparer.Ordinal);

    /// <summary>Redactors built from options, as <c>AddPrivacyKit(options)</c> would build them, over an erasing fallback.</summary>
    public static SerilogRedactors From(PrivacyKitRedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new PrivacyKitRedactionOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException($"Invalid Privacy.Kit redaction options: {validation.FailureMessage}", nameof(options));
        }

        return new SerilogRedactors(new PrivacyKitRedactorProvider(ErasingRedactorProvider.Instance, new PrivacyKitRedactors(options)));
    }

    /// <summary>Redactors built from a configuration section, refusing what binding would drop (unknown keys and values).</summary>
    public static SerilogRedactors From(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new PrivacyKitRedactionOptions();
        section.Bind(options);
        var validation = new PrivacyKitRedactionConfigurationValidator(section).Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new ArgumentException($"Invalid Privacy.Kit redaction options: {validation.FailureMessage}", nameof(section));
        }

        return From(options);
    }

    /// <summary>The redactor of a member or value carrying these classifications.</summary>
    public Redactor For(DataClassificationSet classifications) => _provider.GetRedactor(classifications);

    /// <summary>The redactor of the kind a property name says, or <see langword="null"/> when the name says no personal data.</summary>
    public Redactor? ForName(string name) => _byName.GetOrAdd(name, static (key, self) =>
        PersonalDataNames.TryGetKind(key, out PersonalDataKind kind) ? self._provider.GetRedactor(PrivacyClassificationSets.Set(kind)) : null, this);

    /// <summary>The redacted text of a value (its invariant string form).</summary>
    public static string Redact(Redactor redactor, object value) =>
        redactor.Redact(value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
}
