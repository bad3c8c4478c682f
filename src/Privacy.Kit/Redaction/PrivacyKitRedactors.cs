using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// The redactor of every Privacy.Kit kind, built once from <see cref="PrivacyKitRedactionOptions"/>: what the
/// redactor provider hands to the logger, and what the free-text scanner uses to mask what it finds exactly like a
/// classified field.
/// </summary>
internal sealed class PrivacyKitRedactors
{
    private readonly Redactor[] _byKind;

    /// <summary>Builds the redactors for options that <see cref="PrivacyKitRedactionOptionsValidator"/> accepted.</summary>
    public PrivacyKitRedactors(PrivacyKitRedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PseudonymizingRedactor? pseudonymizer = CreatePseudonymizer(options);
        Cues = CreateCues(options);
        _byKind = new Redactor[PrivacyClassificationSets.Kinds.Count];
        foreach (PersonalDataKind kind in PrivacyClassificationSets.Kinds)
        {
            RedactionMode mode = options.Overrides.TryGetValue(kind.ToString(), out RedactionMode configured) ? configured : RedactionMode.Default;
            _byKind[(int)kind] = mode switch
            {
                RedactionMode.Erase => ErasingRedactor.Instance,
                RedactionMode.Pseudonymize when pseudonymizer is not null => pseudonymizer,

                // Free text is scanned and each item masked by its own kind's redactor above, overrides included.
                RedactionMode.Default when kind == PersonalDataKind.FreeText => new FreeTextRedactor(() => KindRedactors.From(this), Cues),
                RedactionMode.Default => CreateDefault(kind, options, pseudonymizer),

                // Unvalidated options (a mode without a key, an unknown mode): hide everything.
                _ => ErasingRedactor.Instance,
            };
        }
    }

    /// <summary>The redactors with default options (no pseudonymization key): what the scanner uses without configuration.</summary>
    public static PrivacyKitRedactors Default { get; } = new(new PrivacyKitRedactionOptions());

    /// <summary>Gets the word cues free text is scanned for: the built-in ones plus the options' special-category terms.</summary>
    public WordCues Cues { get; }

    /// <summary>The redactor of a kind.</summary>
    public Redactor For(PersonalDataKind kind) => _byKind[(int)kind];

    /// <summary>The redactor of a Privacy.Kit classification; <see langword="false"/> for any other classification.</summary>
    public bool TryGet(DataClassification classification, out Redactor redactor)
    {
        bool found = PrivacyClassificationSets.TryGetKind(classification, out PersonalDataKind kind);
        redactor = found ? _byKind[(int)kind] : ErasingRedactor.Instance;
        return found;
    }

    private static Redactor CreateDefault(PersonalDataKind kind, PrivacyKitRedactionOptions options, PseudonymizingRedactor? pseudonymizer) => kind switch
    {
        PersonalDataKind.PersonalData => pseudonymizer ?? (Redactor)ErasingRedactor.Instance,
        PersonalDataKind.PersonName => PersonNameRedactor.Instance,
        PersonalDataKind.EmailAddress => new EmailAddressRedactor(options.PublicMailProviders),
        PersonalDataKind.PhoneNumber => PhoneNumberRedactor.Instance,
        PersonalDataKind.PostalAddress => PostalAddressRedactor.Instance,
        PersonalDataKind.DateOfBirth => DateOfBirthRedactor.Instance,
        PersonalDataKind.NationalId => NationalIdRedactor.Instance,
        PersonalDataKind.BankAccount => BankAccountRedactor.Instance,
        PersonalDataKind.PaymentCard => new PaymentCardRedactor(options.PaymentCardDisplay),
        PersonalDataKind.IpAddress => IpAddressRedactor.Instance,
        _ => ErasingRedactor.Instance,
    };

    // Unvalidated options: a term the scanner cannot look for is left out rather than failing here.
    private static WordCues CreateCues(PrivacyKitRedactionOptions options)
    {
        List<string> terms = [];
        foreach (string term in options.SpecialCategoryTerms)
        {
            if (SpecialCategoryTerms.Problem(term) is null)
            {
                terms.Add(term);
            }
        }

        return WordCues.Create(terms);
    }

    private static PseudonymizingRedactor? CreatePseudonymizer(PrivacyKitRedactionOptions options) =>
        options.PseudonymizationKey is { } encoded &&
        PrivacyKitRedactionOptionsValidator.TryDecodeKey(encoded, out byte[] key, out _)
            ? new PseudonymizingRedactor(options.PseudonymizationKeyId, key)
            : null;
}
