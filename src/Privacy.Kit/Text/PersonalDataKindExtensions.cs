using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit.Text;

/// <summary>Maps scanner kinds to the Privacy.Kit taxonomy.</summary>
public static class PersonalDataKindExtensions
{
    /// <summary>Gets the <see cref="PrivacyTaxonomy"/> classification of a kind, which selects its redactor.</summary>
    /// <param name="kind">The scanner kind.</param>
    /// <returns>The classification; <see cref="PrivacyTaxonomy.PersonalData"/> for an undefined value (fail closed).</returns>
    public static DataClassification ToClassification(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonName => PrivacyTaxonomy.PersonName,
        PersonalDataKind.EmailAddress => PrivacyTaxonomy.EmailAddress,
        PersonalDataKind.PhoneNumber => PrivacyTaxonomy.PhoneNumber,
        PersonalDataKind.PostalAddress => PrivacyTaxonomy.PostalAddress,
        PersonalDataKind.DateOfBirth => PrivacyTaxonomy.DateOfBirth,
        PersonalDataKind.NationalId => PrivacyTaxonomy.NationalId,
        PersonalDataKind.BankAccount => PrivacyTaxonomy.BankAccount,
        PersonalDataKind.PaymentCard => PrivacyTaxonomy.PaymentCard,
        PersonalDataKind.IpAddress => PrivacyTaxonomy.IpAddress,
        _ => PrivacyTaxonomy.PersonalData,
    };
}
