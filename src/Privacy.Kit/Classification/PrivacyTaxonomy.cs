using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>
/// The Privacy.Kit data taxonomy: one <see cref="DataClassification"/> per kind of personal data a contact center handles.
/// </summary>
/// <remarks>
/// Classify members with the matching attributes (for example <see cref="PersonNameAttribute"/>) and register the
/// default redactors with <c>AddPrivacyKit()</c> on the redaction builder.
/// </remarks>
public static class PrivacyTaxonomy
{
    /// <summary>The taxonomy name every Privacy.Kit classification carries.</summary>
    public const string Name = "Privacy.Kit";

    /// <summary>Personal data with no more specific kind (GDPR Art. 4(1)).</summary>
    public static DataClassification PersonalData { get; } = new(Name, nameof(PersonalData));

    /// <summary>A person's given name, family name or full name.</summary>
    public static DataClassification PersonName { get; } = new(Name, nameof(PersonName));

    /// <summary>An e-mail address.</summary>
    public static DataClassification EmailAddress { get; } = new(Name, nameof(EmailAddress));

    /// <summary>A telephone number, national or international.</summary>
    public static DataClassification PhoneNumber { get; } = new(Name, nameof(PhoneNumber));

    /// <summary>A postal address or any part of it (street, house number, postcode, city).</summary>
    public static DataClassification PostalAddress { get; } = new(Name, nameof(PostalAddress));

    /// <summary>A date of birth.</summary>
    public static DataClassification DateOfBirth { get; } = new(Name, nameof(DateOfBirth));

    /// <summary>A national identification number, such as the Dutch BSN or the Belgian national number.</summary>
    public static DataClassification NationalId { get; } = new(Name, nameof(NationalId));

    /// <summary>A bank account number, such as an IBAN.</summary>
    public static DataClassification BankAccount { get; } = new(Name, nameof(BankAccount));

    /// <summary>A payment card number (PCI DSS cardholder data).</summary>
    public static DataClassification PaymentCard { get; } = new(Name, nameof(PaymentCard));

    /// <summary>An IPv4 or IPv6 address; personal data in the EU.</summary>
    public static DataClassification IpAddress { get; } = new(Name, nameof(IpAddress));

    /// <summary>Free text that may hold any personal data: call notes, transcripts, chat messages.</summary>
    public static DataClassification FreeText { get; } = new(Name, nameof(FreeText));

    /// <summary>Special categories of personal data (GDPR Art. 9): health, ethnicity, religion, politics and the like.</summary>
    public static DataClassification SpecialCategory { get; } = new(Name, nameof(SpecialCategory));
}
