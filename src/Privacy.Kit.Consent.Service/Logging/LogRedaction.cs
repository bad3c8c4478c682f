using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Privacy.Kit.Consent.Service.Logging;

/// <summary>
/// What every line of the server's log goes through before it is written: the secrets the server holds (API keys,
/// the database password) are replaced by <c>***</c>, then Privacy.Kit's free-text redactor masks every phone number,
/// e-mail address and other personal data it finds, as <c>AddPrivacyKit()</c> masks a field of that kind.
/// </summary>
internal sealed class LogRedaction
{
    private readonly Redactor _freeText;
    private readonly string[] _secrets;

    public LogRedaction(IEnumerable<string> secrets)
    {
        using var services = new ServiceCollection().AddRedaction(redaction => redaction.AddPrivacyKit()).BuildServiceProvider();
        _freeText = services.GetRequiredService<IRedactorProvider>().GetRedactor(PrivacyTaxonomy.FreeText);

        // Longest first, so a secret that contains another is hidden whole.
        _secrets = [.. secrets.Where(secret => secret.Length >= 4).Distinct(StringComparer.Ordinal).OrderByDescending(secret => secret.Length)];
    }

    public string Redact(string line)
    {
        foreach (var secret in _secrets)
        {
            line = line.Replace(secret, "***", StringComparison.Ordinal);
        }

        return _freeText.Redact(line);
    }
}
