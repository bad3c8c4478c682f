using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>
/// The Privacy.Kit data taxonomy: one <see cref="DataClassification"/> per kind of personal data a contact center handles.
/// </summary>
/// <remarks>
/// Classify members with the matching attributes (for example <see cref="PersonNameAttribute"/>) and register the
/// default redactors with <c>AddPrivacyKit()</c> on the redaction builder.
/// The kinds are listed once, in <c>src/Shared/Kinds/PersonalDataKindTable.cs</c>.
/// </remarks>
public static class PrivacyTaxonomy
{
    /// <summary>The taxonomy name every Privacy.Kit classification carries.</summary>
    public const string Name = "Privacy.Kit";

    /// <summary>Personal data with no more specific kind (GDPR Art. 4(1)).</summary>
    public static DataClassification PersonalData => PrivacyClassificationSets.Classification(PersonalDataKind.PersonalData);

    /// <summary>A person's given name, family name or full name.</summary>
    public static DataClassification PersonName => PrivacyClassificationSets.Classification(PersonalDataKind.PersonName);

    /// <summary>An e-mail address.</summary>
    public static DataClassification EmailAddress => PrivacyClassificationSets.Classification(PersonalDataKind.EmailAddress);

    /// <summary>A telephone number, national or international.</summary>
    public static DataClassification PhoneNumber => PrivacyClassificationSets.Classification(PersonalDataKind.PhoneNumber);

    /// <summary>A postal address or any part of it (street, house number, postcode, city).</summary>
    public static DataClassification PostalAddress => PrivacyClassificationSets.Classification(PersonalDataKind.PostalAddress);

    /// <summary>A date of birth.</summary>
    public static DataClassification DateOfBirth => PrivacyClassificationSets.Classification(PersonalDataKind.DateOfBirth);

    /// <summary>A national identification number, such as the Dutch BSN or the Belgian national number.</summary>
    public static DataClassification NationalId => PrivacyClassificationSets.Classification(PersonalDataKind.NationalId);

    /// <summary>A bank account number, such as an IBAN.</summary>
    public static DataClassification BankAccount => PrivacyClassificationSets.Classification(PersonalDataKind.BankAccount);

    /// <summary>A payment card number (PCI DSS cardholder data).</summary>
    public static DataClassification PaymentCard => PrivacyClassificationSets.Classification(PersonalDataKind.PaymentCard);

    /// <summary>An IPv4 or IPv6 address; personal data in the EU.</summary>
    public static DataClassification IpAddress => PrivacyClassificationSets.Classification(PersonalDataKind.IpAddress);

    /// <summary>Free text that may hold any personal data: call notes, transcripts, chat messages.</summary>
    public static DataClassification FreeText => PrivacyClassificationSets.Classification(PersonalDataKind.FreeText);

    /// <summary>Special categories of personal data (GDPR Art. 9): health, ethnicity, religion, politics and the like.</summary>
    public static DataClassification SpecialCategory => PrivacyClassificationSets.Classification(PersonalDataKind.SpecialCategory);
}
