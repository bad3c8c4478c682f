// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/Kinds/README.md): keep it netstandard2.0 C#.
namespace Privacy.Kit;

/// <summary>
/// The kinds of personal data as a dense index, in the order of <see cref="PersonalDataKindTable.All"/>; each name is
/// the kind's value in the Privacy.Kit taxonomy, so configuration and diagnostics can name a kind.
/// </summary>
/// <remarks>Add a kind here and its row in <see cref="PersonalDataKindTable"/>; the tests name everything else it needs.</remarks>
#if PRIVACY_KIT_PUBLIC_KINDS
public enum PersonalDataKind : byte
#else
internal enum PersonalDataKind : byte
#endif
{
    /// <summary>Personal data of no more specific kind: a customer id, a user name (<c>PrivacyTaxonomy.PersonalData</c>).</summary>
    PersonalData,

    /// <summary>A person's name (<c>PrivacyTaxonomy.PersonName</c>).</summary>
    PersonName,

    /// <summary>An e-mail address (<c>PrivacyTaxonomy.EmailAddress</c>).</summary>
    EmailAddress,

    /// <summary>A telephone number, national (NL, BE) or international (<c>PrivacyTaxonomy.PhoneNumber</c>).</summary>
    PhoneNumber,

    /// <summary>A postal address or postcode (<c>PrivacyTaxonomy.PostalAddress</c>).</summary>
    PostalAddress,

    /// <summary>A date of birth (<c>PrivacyTaxonomy.DateOfBirth</c>).</summary>
    DateOfBirth,

    /// <summary>A national identification number: a Dutch BSN, a Belgian national number (<c>PrivacyTaxonomy.NationalId</c>).</summary>
    NationalId,

    /// <summary>A bank account number, an IBAN (<c>PrivacyTaxonomy.BankAccount</c>).</summary>
    BankAccount,

    /// <summary>A payment card number or its security code (<c>PrivacyTaxonomy.PaymentCard</c>).</summary>
    PaymentCard,

    /// <summary>An IPv4 or IPv6 address (<c>PrivacyTaxonomy.IpAddress</c>).</summary>
    IpAddress,

    /// <summary>Free text that may hold any personal data: notes, transcripts (<c>PrivacyTaxonomy.FreeText</c>).</summary>
    FreeText,

    /// <summary>A special category of personal data (GDPR Art. 9): health, religion, trade-union membership, ethnicity, sexual orientation (<c>PrivacyTaxonomy.SpecialCategory</c>).</summary>
    SpecialCategory,
}
