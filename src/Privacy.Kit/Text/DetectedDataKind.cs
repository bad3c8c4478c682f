namespace Privacy.Kit.Text;

/// <summary>The kind of a personal-data item the scanner detected in free text; each maps to one <see cref="PrivacyTaxonomy"/> classification.</summary>
public enum DetectedDataKind : byte
{
    /// <summary>A person's name introduced by a cue such as "mijn naam is" or "spoke with" (<see cref="PrivacyTaxonomy.PersonName"/>).</summary>
    PersonName,

    /// <summary>An e-mail address (<see cref="PrivacyTaxonomy.EmailAddress"/>).</summary>
    EmailAddress,

    /// <summary>A telephone number, national (NL, BE) or international (<see cref="PrivacyTaxonomy.PhoneNumber"/>).</summary>
    PhoneNumber,

    /// <summary>A Dutch postcode (<see cref="PrivacyTaxonomy.PostalAddress"/>).</summary>
    PostalAddress,

    /// <summary>A date that the context marks as a birth date (<see cref="PrivacyTaxonomy.DateOfBirth"/>).</summary>
    DateOfBirth,

    /// <summary>A Dutch BSN or a Belgian national number (<see cref="PrivacyTaxonomy.NationalId"/>).</summary>
    NationalId,

    /// <summary>An IBAN (<see cref="PrivacyTaxonomy.BankAccount"/>).</summary>
    BankAccount,

    /// <summary>A payment card number (<see cref="PrivacyTaxonomy.PaymentCard"/>).</summary>
    PaymentCard,

    /// <summary>An IPv4 or IPv6 address (<see cref="PrivacyTaxonomy.IpAddress"/>).</summary>
    IpAddress,

    /// <summary>
    /// An identifier of a person that is none of the kinds above, known by its cue: a customer, contract or membership
    /// number, a user name (<see cref="PrivacyTaxonomy.PersonalData"/>).
    /// </summary>
    PersonalData,

    /// <summary>
    /// A term of a special category of personal data (GDPR Art. 9): health, trade-union membership, religion, ethnic
    /// origin, sexual orientation (<see cref="PrivacyTaxonomy.SpecialCategory"/>); erased by default.
    /// </summary>
    SpecialCategory,
}
