// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/Kinds/README.md): keep it netstandard2.0 C#.
namespace Privacy.Kit;

/// <summary>
/// The one list of the kinds of personal data: the taxonomy, the classification sets, the vendor policies' kind names,
/// the analyzers' kinds and heuristics, and the scan inventory's attribute-to-kind map are all derived from it.
/// </summary>
/// <remarks>
/// A new kind is a <see cref="PersonalDataKind"/> value, its row here, its <c>PrivacyTaxonomy</c> property, its
/// attribute and its redactor; <c>PersonalDataKindTableTests</c> fails until all of them exist and agree.
/// </remarks>
internal static class PersonalDataKindTable
{
    /// <summary>Every kind, indexed by <see cref="PersonalDataKind"/>.</summary>
    public static readonly PersonalDataKindInfo[] All =
    [
        new(PersonalDataKind.PersonalData, "PersonalData", "PseudonymizingRedactor", ["username", "loginname", "login", "loginhint", "gebruikersnaam"]),
        new(PersonalDataKind.PersonName, "PersonName", "PersonNameRedactor",
        [
            "firstname", "lastname", "surname", "fullname", "givenname", "familyname", "middlename", "customername",
            "callername", "contactname", "personname", "voornaam", "achternaam", "tussenvoegsel", "klantnaam",
            "cardholdername", "cardholder", "accountholdername", "buyername", "recipientname",
        ]),
        new(PersonalDataKind.EmailAddress, "Email", "EmailAddressRedactor",
        [
            "email", "emailaddress", "emailadres", "mail", "mailadres", "mailaddress",
        ]),
        new(PersonalDataKind.PhoneNumber, "PhoneNumber", "PhoneNumberRedactor",
        [
            "phone", "phonenumber", "telephone", "telephonenumber", "mobile", "mobilenumber", "cellphone", "msisdn",
            "telefoon", "telefoonnummer", "mobiel", "mobielnummer",
        ]),
        new(PersonalDataKind.PostalAddress, "PostalAddress", "PostalAddressRedactor",
        [
            "postcode", "postalcode", "zipcode", "address", "streetaddress", "homeaddress", "postaladdress", "billingaddress",
            "shippingaddress", "deliveryaddress", "mailingaddress", "customeraddress", "woonadres", "afleveradres",
            "factuuradres", "street", "adres", "straat", "huisnummer", "woonplaats",
        ]),
        new(PersonalDataKind.DateOfBirth, "DateOfBirth", "DateOfBirthRedactor",
        [
            "dateofbirth", "birthdate", "birthday", "dob", "geboortedatum",
        ]),
        new(PersonalDataKind.NationalId, "NationalId", "NationalIdRedactor",
        [
            "bsn", "burgerservicenummer", "ssn", "socialsecuritynumber", "nationalid", "nationalnumber", "rijksregisternummer",
            "passportnumber", "paspoortnummer",
        ]),
        new(PersonalDataKind.BankAccount, "BankAccount", "BankAccountRedactor",
        [
            "iban", "bankaccount", "bankaccountnumber", "rekeningnummer",
        ]),
        new(PersonalDataKind.PaymentCard, "PaymentCard", "PaymentCardRedactor",
        [
            "cardnumber", "creditcard", "creditcardnumber", "cvv", "cvc", "kaartnummer",
            "cardsecuritycode", "cardsecuritynumber", "cardverificationcode", "cardverificationvalue", "cardexpiration",
            "cardexpirationdate", "cardexpiry", "cardexpirydate",
        ]),
        new(PersonalDataKind.IpAddress, "IpAddress", "IpAddressRedactor",
        [
            "ipaddress", "ipadres", "ip",
        ]),
        new(PersonalDataKind.FreeText, "FreeText", "FreeTextRedactor",
        [
            "transcript", "transcription", "note", "comment", "remark", "opmerking", "notitie", "toelichting",
        ]),
        new(PersonalDataKind.SpecialCategory, "SensitivePersonalData", "ErasingRedactor", []),
    ];

    /// <summary>
    /// Terms too generic as the last word of a longer name (<c>ServerAddress</c>, <c>ReplyMail</c>): they count only as
    /// the whole name; the specific compounds (<c>homeaddress</c>, <c>emailaddress</c>) cover the personal ones.
    /// </summary>
    public static readonly string[] WholeNameOnlyTerms = ["mail", "address", "login"];

    /// <summary>The row of a kind.</summary>
    public static PersonalDataKindInfo Get(PersonalDataKind kind) => All[(int)kind];

    /// <summary>Finds a kind by its taxonomy value, as configuration and <c>.editorconfig</c> spell it.</summary>
    public static bool TryGetByName(string name, StringComparison comparison, out PersonalDataKindInfo info)
    {
        foreach (PersonalDataKindInfo row in All)
        {
            if (string.Equals(row.Name, name, comparison))
            {
                info = row;
                return true;
            }
        }

        info = All[0];
        return false;
    }

    /// <summary>Finds the kind a Privacy.Kit attribute classifies, by its type name with or without <c>Attribute</c>.</summary>
    public static bool TryGetByAttribute(string attributeTypeName, out PersonalDataKindInfo info)
    {
        foreach (PersonalDataKindInfo row in All)
        {
            if (row.IsAttribute(attributeTypeName))
            {
                info = row;
                return true;
            }
        }

        info = All[0];
        return false;
    }
}
