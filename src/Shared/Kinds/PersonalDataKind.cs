// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/Kinds/README.md): keep it netstandard2.0 C#.
namespace Privacy.Kit;

/// <summary>
/// The kinds of personal data as a dense index, in the order of <see cref="PersonalDataKindTable.All"/>; each name is
/// the kind's value in the Privacy.Kit taxonomy, so configuration and diagnostics can name a kind.
/// </summary>
/// <remarks>Add a kind here and its row in <see cref="PersonalDataKindTable"/>; the tests name everything else it needs.</remarks>
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
