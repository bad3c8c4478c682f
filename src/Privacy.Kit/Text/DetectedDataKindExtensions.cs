using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit.Text;

/// <summary>Maps scanner kinds to the Privacy.Kit taxonomy.</summary>
public static class DetectedDataKindExtensions
{
    /// <summary>Gets the <see cref="PrivacyTaxonomy"/> classification of a kind, which selects its redactor.</summary>
    /// <param name="kind">The scanner kind.</param>
    /// <returns>The classification; <see cref="PrivacyTaxonomy.PersonalData"/> for an undefined value (fail closed).</returns>
    public static DataClassification ToClassification(this DetectedDataKind kind) => kind switch
    {
        DetectedDataKind.PersonName => PrivacyTaxonomy.PersonName,
        DetectedDataKind.EmailAddress => PrivacyTaxonomy.EmailAddress,
        DetectedDataKind.PhoneNumber => PrivacyTaxonomy.PhoneNumber,
        DetectedDataKind.PostalAddress => PrivacyTaxonomy.PostalAddress,
        DetectedDataKind.DateOfBirth => PrivacyTaxonomy.DateOfBirth,
        DetectedDataKind.NationalId => PrivacyTaxonomy.NationalId,
        DetectedDataKind.BankAccount => PrivacyTaxonomy.BankAccount,
        DetectedDataKind.PaymentCard => PrivacyTaxonomy.PaymentCard,
        DetectedDataKind.IpAddress => PrivacyTaxonomy.IpAddress,
        _ => PrivacyTaxonomy.PersonalData,
    };
}
