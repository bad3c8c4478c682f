using System.Collections.Frozen;

namespace Privacy.Kit.Vendors;

/// <summary>The names of the <see cref="PrivacyTaxonomy"/> kinds a policy may list.</summary>
internal static class PrivacyKinds
{
    public static FrozenSet<string> Names { get; } = new[]
    {
        PrivacyTaxonomy.PersonalData.Value, PrivacyTaxonomy.PersonName.Value, PrivacyTaxonomy.EmailAddress.Value,
        PrivacyTaxonomy.PhoneNumber.Value, PrivacyTaxonomy.PostalAddress.Value, PrivacyTaxonomy.DateOfBirth.Value,
        PrivacyTaxonomy.NationalId.Value, PrivacyTaxonomy.BankAccount.Value, PrivacyTaxonomy.PaymentCard.Value,
        PrivacyTaxonomy.IpAddress.Value, PrivacyTaxonomy.FreeText.Value, PrivacyTaxonomy.SpecialCategory.Value,
    }.ToFrozenSet(StringComparer.Ordinal);
}
