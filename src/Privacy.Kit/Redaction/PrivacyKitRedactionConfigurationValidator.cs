using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Checks the configuration section <see cref="PrivacyKitRedactionOptions"/> are bound from for what binding silently
/// drops: a key that is no option (a typo, a spelling from an older version) and a value that is no enum name
/// (<c>"Overrides": { "PhoneNumber": "Hide" }</c>). Each failure names the key by its configuration path.
/// </summary>
internal sealed class PrivacyKitRedactionConfigurationValidator(IConfigurationSection section) : IValidateOptions<PrivacyKitRedactionOptions>
{
    private static readonly string[] OptionNames =
    [
        nameof(PrivacyKitRedactionOptions.PseudonymizationKey),
        nameof(PrivacyKitRedactionOptions.PseudonymizationKeyId),
        nameof(PrivacyKitRedactionOptions.PublicMailProviders),
        nameof(PrivacyKitRedactionOptions.PaymentCardDisplay),
        nameof(PrivacyKitRedactionOptions.SpecialCategoryTerms),
        nameof(PrivacyKitRedactionOptions.Overrides),
    ];

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PrivacyKitRedactionOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        foreach (IConfigurationSection child in section.GetChildren())
        {
            if (!OptionNames.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{child.Path}: '{child.Key}' is not a Privacy.Kit redaction option; use {Names(OptionNames)}.");
            }
        }

        CheckEnumName<PaymentCardDisplay>(section.GetSection(nameof(PrivacyKitRedactionOptions.PaymentCardDisplay)), failures);
        foreach (IConfigurationSection entry in section.GetSection(nameof(PrivacyKitRedactionOptions.Overrides)).GetChildren())
        {
            if (!PrivacyClassificationSets.TryGetKind(entry.Key, out _))
            {
                failures.Add($"{entry.Path}: '{entry.Key}' is not a Privacy.Kit kind; use {Names(PersonalDataKindTable.All.Select(row => row.Name).ToArray())}.");
            }

            CheckEnumName<RedactionMode>(entry, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Binding takes numbers and skips what it cannot convert; configuration must name the value.
    private static void CheckEnumName<T>(IConfigurationSection value, List<string> failures)
        where T : struct, Enum
    {
        if (value.Value is { } text && !Enum.GetNames<T>().Contains(text.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{value.Path}: '{text}' is not a {typeof(T).Name} value; use {Names(Enum.GetNames<T>())}.");
        }
    }

    private static string Names(string[] names) => names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
}
