namespace Privacy.Kit;

/// <summary>The kinds of the Privacy.Kit taxonomy as a dense index, in the order of <see cref="PrivacyTaxonomy"/>.</summary>
/// <remarks>The names equal the <see cref="PrivacyTaxonomy"/> classification values, so configuration can name a kind.</remarks>
internal enum PersonalDataKind
{
    PersonalData,
    PersonName,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    DateOfBirth,
    NationalId,
    BankAccount,
    PaymentCard,
    IpAddress,
    FreeText,
    SpecialCategory,
}
