using System.Buffers;
using Microsoft.Extensions.Options;

namespace Privacy.Kit.Redaction;

/// <summary>Checks <see cref="PrivacyKitRedactionOptions"/> at startup and says what to fix; never echoes the key.</summary>
internal sealed class PrivacyKitRedactionOptionsValidator : IValidateOptions<PrivacyKitRedactionOptions>
{
    private const int MaxKeyIdLength = 16;

    private static readonly SearchValues<char> KeyIdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PrivacyKitRedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.PseudonymizationKey is not null && !TryDecodeKey(options.PseudonymizationKey, out _, out string? keyProblem))
        {
            failures.Add(keyProblem);
        }

        string keyId = options.PseudonymizationKeyId ?? string.Empty;
        if (keyId.Length is 0 or > MaxKeyIdLength || keyId.AsSpan().ContainsAnyExcept(KeyIdChars))
        {
            failures.Add($"PseudonymizationKeyId '{keyId}' is invalid: use 1 to {MaxKeyIdLength} letters, digits, '-' or '_'.");
        }

        if (!Enum.IsDefined(options.PaymentCardDisplay))
        {
            failures.Add($"PaymentCardDisplay '{options.PaymentCardDisplay}' is unknown: use LastFour or FirstSixLastFour.");
        }

        foreach (string provider in options.PublicMailProviders)
        {
            if (!Redaction.EmailAddressRedactor.IsValidDomain(provider))
            {
                failures.Add($"PublicMailProviders entry '{provider}' is not a domain name such as 'gmail.com'.");
            }
        }

        foreach (string term in options.SpecialCategoryTerms)
        {
            if (Text.SpecialCategoryTerms.Problem(term) is { } problem)
            {
                failures.Add($"SpecialCategoryTerms entry '{term}' {problem}.");
            }
        }

        foreach (KeyValuePair<string, RedactionMode> entry in options.Overrides)
        {
            if (!PrivacyClassificationSets.TryGetKind(entry.Key, out _))
            {
                failures.Add($"Overrides names an unknown kind '{entry.Key}': use one of {string.Join(", ", PrivacyClassificationSets.Kinds)}.");
            }

            if (!Enum.IsDefined(entry.Value))
            {
                failures.Add($"Overrides:{entry.Key} has the unknown mode '{entry.Value}': use Default, Erase or Pseudonymize.");
            }
            else if (entry.Value == RedactionMode.Pseudonymize && options.PseudonymizationKey is null)
            {
                failures.Add($"Overrides:{entry.Key} is Pseudonymize but no PseudonymizationKey is set: set it to a base64 key of at least {PseudonymizingRedactor.MinKeyBytes} bytes.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Decodes a base64 key of at least 256 bits; the problem, when there is one, never contains the key.</summary>
    public static bool TryDecodeKey(string encoded, out byte[] key, out string problem)
    {
        key = [];
        problem = string.Empty;
        byte[] buffer = new byte[(encoded.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(encoded, buffer, out int length))
        {
            problem = "PseudonymizationKey is not valid base64: generate one with 'openssl rand -base64 32'.";
            return false;
        }

        if (length < PseudonymizingRedactor.MinKeyBytes)
        {
            problem = $"PseudonymizationKey has {length * 8} bits; it needs at least {PseudonymizingRedactor.MinKeyBytes * 8}: generate one with 'openssl rand -base64 32'.";
            return false;
        }

        key = buffer[..length];
        return true;
    }
}
