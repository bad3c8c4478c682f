namespace Privacy.Kit;

/// <summary>
/// Options of the Privacy.Kit redactors registered by <c>AddPrivacyKit()</c>; bind them from a configuration section
/// or set them in code. They are validated when the application starts.
/// </summary>
public sealed class PrivacyKitRedactionOptions
{
    /// <summary>The mail providers whose domain an e-mail address keeps by default: it says nothing about the person.</summary>
    public static IReadOnlyList<string> DefaultPublicMailProviders { get; } =
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
        "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "ziggo.nl",
        "kpnmail.nl", "planet.nl", "home.nl", "hetnet.nl", "xs4all.nl", "telenet.be", "skynet.be", "proximus.be",
        "hotmail.nl", "hotmail.be", "live.nl", "live.be", "outlook.be", "outlook.nl",
    ];

    /// <summary>
    /// The pseudonymization key, base64, at least 256 bits (32 bytes). Setting it makes generic
    /// <see cref="PrivacyTaxonomy.PersonalData"/> pseudonymized instead of erased. Keep it in a secret store.
    /// </summary>
    public string? PseudonymizationKey { get; set; }

    /// <summary>
    /// The id written before every pseudonym (<c>keyId:pseudonym</c>) so pseudonyms made with different keys can be told
    /// apart after a key rotation: 1 to 16 letters, digits, <c>-</c> or <c>_</c>. Defaults to <c>k1</c>.
    /// </summary>
    public string PseudonymizationKeyId { get; set; } = "k1";

    /// <summary>
    /// Domains kept in redacted e-mail addresses; starts with <see cref="DefaultPublicMailProviders"/>. Configuration
    /// adds to it; clear it in code to start from nothing.
    /// </summary>
    public ISet<string> PublicMailProviders { get; } = new HashSet<string>(DefaultPublicMailProviders, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Terms the free-text scanner reports as <see cref="PrivacyTaxonomy.SpecialCategory"/> (GDPR Art. 9) besides its
    /// built-in Dutch and English lists of health conditions, trade-union membership, religion, ethnic origin and sexual
    /// orientation: a local clinic, a union or a condition those lists lack. Each is a word or phrase of at most 100
    /// characters, matched whole and case-insensitively. Starts empty; configuration adds to it.
    /// </summary>
    public ISet<string> SpecialCategoryTerms { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How much of a payment card number is kept; at most the first six and the last four digits.</summary>
    public PaymentCardDisplay PaymentCardDisplay { get; set; }

    /// <summary>
    /// Per-kind redaction, keyed by the kind's name as <see cref="PrivacyTaxonomy"/> spells it (case-insensitive), for
    /// example <c>PhoneNumber = Erase</c>. Kinds not listed use <see cref="RedactionMode.Default"/>.
    /// </summary>
    public IDictionary<string, RedactionMode> Overrides { get; } = new Dictionary<string, RedactionMode>(StringComparer.OrdinalIgnoreCase);
}
