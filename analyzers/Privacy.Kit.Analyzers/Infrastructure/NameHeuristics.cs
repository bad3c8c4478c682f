namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Recognises personal data by the name of an unannotated member, parameter or local, in English and Dutch.
/// </summary>
/// <remarks>
/// A term matches the END of an identifier at a word boundary, case-insensitively and with an optional plural
/// ending: <c>customerEmail</c>, <c>Emails</c> and <c>KlantTelefoonnummer</c> match; <c>EmailTemplate</c>,
/// <c>PhoneNumberFormat</c> and <c>isEmailVerified</c> do not, because the head noun of an identifier comes last.
/// Underscores and digits separate words (<c>e_mail</c>, <c>address2</c>).
/// </remarks>
internal sealed class NameHeuristics
{
    /// <summary>The built-in terms: lower case, words run together, with their kind.</summary>
    private static readonly (string Term, string Kind)[] DefaultTerms =
    [
        ("email", PersonalDataKinds.EmailAddress),
        ("emailaddress", PersonalDataKinds.EmailAddress),
        ("emailadres", PersonalDataKinds.EmailAddress),
        ("mail", PersonalDataKinds.EmailAddress),
        ("mailadres", PersonalDataKinds.EmailAddress),
        ("mailaddress", PersonalDataKinds.EmailAddress),
        ("phone", PersonalDataKinds.PhoneNumber),
        ("phonenumber", PersonalDataKinds.PhoneNumber),
        ("telephone", PersonalDataKinds.PhoneNumber),
        ("telephonenumber", PersonalDataKinds.PhoneNumber),
        ("mobile", PersonalDataKinds.PhoneNumber),
        ("mobilenumber", PersonalDataKinds.PhoneNumber),
        ("cellphone", PersonalDataKinds.PhoneNumber),
        ("msisdn", PersonalDataKinds.PhoneNumber),
        ("telefoon", PersonalDataKinds.PhoneNumber),
        ("telefoonnummer", PersonalDataKinds.PhoneNumber),
        ("mobiel", PersonalDataKinds.PhoneNumber),
        ("mobielnummer", PersonalDataKinds.PhoneNumber),
        ("iban", PersonalDataKinds.BankAccount),
        ("bankaccount", PersonalDataKinds.BankAccount),
        ("bankaccountnumber", PersonalDataKinds.BankAccount),
        ("rekeningnummer", PersonalDataKinds.BankAccount),
        ("bsn", PersonalDataKinds.NationalId),
        ("burgerservicenummer", PersonalDataKinds.NationalId),
        ("ssn", PersonalDataKinds.NationalId),
        ("socialsecuritynumber", PersonalDataKinds.NationalId),
        ("nationalid", PersonalDataKinds.NationalId),
        ("nationalnumber", PersonalDataKinds.NationalId),
        ("rijksregisternummer", PersonalDataKinds.NationalId),
        ("passportnumber", PersonalDataKinds.NationalId),
        ("paspoortnummer", PersonalDataKinds.NationalId),
        ("dateofbirth", PersonalDataKinds.DateOfBirth),
        ("birthdate", PersonalDataKinds.DateOfBirth),
        ("birthday", PersonalDataKinds.DateOfBirth),
        ("dob", PersonalDataKinds.DateOfBirth),
        ("geboortedatum", PersonalDataKinds.DateOfBirth),
        ("postcode", PersonalDataKinds.PostalAddress),
        ("postalcode", PersonalDataKinds.PostalAddress),
        ("zipcode", PersonalDataKinds.PostalAddress),
        ("address", PersonalDataKinds.PostalAddress),
        ("streetaddress", PersonalDataKinds.PostalAddress),
        ("homeaddress", PersonalDataKinds.PostalAddress),
        ("postaladdress", PersonalDataKinds.PostalAddress),
        ("billingaddress", PersonalDataKinds.PostalAddress),
        ("shippingaddress", PersonalDataKinds.PostalAddress),
        ("deliveryaddress", PersonalDataKinds.PostalAddress),
        ("mailingaddress", PersonalDataKinds.PostalAddress),
        ("customeraddress", PersonalDataKinds.PostalAddress),
        ("woonadres", PersonalDataKinds.PostalAddress),
        ("afleveradres", PersonalDataKinds.PostalAddress),
        ("factuuradres", PersonalDataKinds.PostalAddress),
        ("street", PersonalDataKinds.PostalAddress),
        ("adres", PersonalDataKinds.PostalAddress),
        ("straat", PersonalDataKinds.PostalAddress),
        ("huisnummer", PersonalDataKinds.PostalAddress),
        ("woonplaats", PersonalDataKinds.PostalAddress),
        ("ipaddress", PersonalDataKinds.IpAddress),
        ("ipadres", PersonalDataKinds.IpAddress),
        ("firstname", PersonalDataKinds.PersonName),
        ("lastname", PersonalDataKinds.PersonName),
        ("surname", PersonalDataKinds.PersonName),
        ("fullname", PersonalDataKinds.PersonName),
        ("givenname", PersonalDataKinds.PersonName),
        ("familyname", PersonalDataKinds.PersonName),
        ("middlename", PersonalDataKinds.PersonName),
        ("customername", PersonalDataKinds.PersonName),
        ("callername", PersonalDataKinds.PersonName),
        ("contactname", PersonalDataKinds.PersonName),
        ("personname", PersonalDataKinds.PersonName),
        ("voornaam", PersonalDataKinds.PersonName),
        ("achternaam", PersonalDataKinds.PersonName),
        ("tussenvoegsel", PersonalDataKinds.PersonName),
        ("klantnaam", PersonalDataKinds.PersonName),
        ("cardnumber", PersonalDataKinds.PaymentCard),
        ("creditcard", PersonalDataKinds.PaymentCard),
        ("creditcardnumber", PersonalDataKinds.PaymentCard),
        ("cvv", PersonalDataKinds.PaymentCard),
        ("cvc", PersonalDataKinds.PaymentCard),
        ("kaartnummer", PersonalDataKinds.PaymentCard),
        ("cardholdername", PersonalDataKinds.PersonName),
        ("cardholder", PersonalDataKinds.PersonName),
        ("accountholdername", PersonalDataKinds.PersonName),
        ("buyername", PersonalDataKinds.PersonName),
        ("recipientname", PersonalDataKinds.PersonName),
        ("cardsecuritycode", PersonalDataKinds.PaymentCard),
        ("cardsecuritynumber", PersonalDataKinds.PaymentCard),
        ("cardverificationcode", PersonalDataKinds.PaymentCard),
        ("cardverificationvalue", PersonalDataKinds.PaymentCard),
        ("cardexpiration", PersonalDataKinds.PaymentCard),
        ("cardexpirationdate", PersonalDataKinds.PaymentCard),
        ("cardexpiry", PersonalDataKinds.PaymentCard),
        ("cardexpirydate", PersonalDataKinds.PaymentCard),
        ("username", PersonalDataKinds.PersonalData),
        ("loginname", PersonalDataKinds.PersonalData),
        ("login", PersonalDataKinds.PersonalData),
        ("gebruikersnaam", PersonalDataKinds.PersonalData),
    ];

    /// <summary>
    /// Words before the term that say the value is already safe (<c>RedactedEmail</c>, <c>MaskedPhone</c>,
    /// <c>HashedIban</c>) or belongs to the server, not a person (<c>ListenAddresses</c>, <c>LocalIpAddress</c>).
    /// </summary>
    private static readonly string[] SafeModifiers =
    [
        "redacted", "masked", "anonymized", "anonymised", "anonymous", "hashed", "pseudonymized", "pseudonymised",
        "obfuscated", "encrypted", "truncated", "listen", "bind", "local", "server", "host", "published", "proxy",
        "gateway", "smtp", "dns",
    ];

    /// <summary>The head nouns of types that describe a person: their <c>Name</c> is a person's name.</summary>
    private static readonly string[] PersonTypeTerms =
    [
        "customer", "buyer", "user", "person", "contact", "caller", "client", "member", "employee", "patient", "subscriber",
        "recipient", "applicant", "guest", "passenger", "student", "agent", "owner", "holder", "author", "profile",
        "klant", "beller", "gebruiker", "persoon", "medewerker", "relatie", "lid",
    ];

    /// <summary>Endings of type names that wrap the head noun: <c>CustomerDto</c>, <c>BuyerViewModel</c>.</summary>
    private static readonly string[] TypeSuffixes =
    [
        "viewmodel", "model", "dto", "entity", "info", "details", "record", "request", "response", "summary", "data", "vm", "view",
    ];

    /// <summary>Member names that, on a person-like type, hold the person's name.</summary>
    private static readonly HashSet<string> PersonNameMembers = new(StringComparer.Ordinal) { "name", "displayname", "naam" };

    // Terms too generic as the last word ("ServerAddress", "ReplyMail") count only as the whole identifier; the
    // specific compounds above ("homeaddress", "emailaddress") cover the personal ones.
    private static readonly HashSet<string> WholeNameOnlyTerms = new(StringComparer.Ordinal) { "mail", "address", "login" };

    private static readonly string[] PluralEndings = ["", "s", "es", "en"];

    private readonly (string Term, string Kind)[] _terms;

    private NameHeuristics((string Term, string Kind)[] terms) => _terms = terms;

    /// <summary>The built-in English and Dutch terms.</summary>
    public static NameHeuristics Default { get; } = new(DefaultTerms);

    /// <summary>The built-in terms plus <paramref name="extraTerms"/> (term in any casing, with its kind).</summary>
    public static NameHeuristics WithExtraTerms(IEnumerable<(string Term, string Kind)> extraTerms)
    {
        var terms = new List<(string Term, string Kind)>(DefaultTerms);
        foreach (var (term, kind) in extraTerms)
        {
            terms.Add((Normalize(term), kind));
        }

        return new NameHeuristics([.. terms]);
    }

    /// <summary>The kind of personal data <paramref name="identifier"/> names, or <see langword="null"/>.</summary>
    public string? Match(string identifier)
    {
        if (identifier.Length == 0)
        {
            return null;
        }

        var folded = Normalize(identifier);
        string? best = null;
        var bestLength = 0;
        var bestStart = 0;
        foreach (var (term, kind) in _terms)
        {
            // The longest matching term wins: "emailaddress" (EmailAddress) over "address" (PostalAddress).
            if (term.Length > bestLength && MatchStart(identifier, folded, term) is var start and >= 0)
            {
                best = kind;
                bestLength = term.Length;
                bestStart = start;
            }
        }

        return best is not null && HasSafeModifier(identifier, folded, bestStart) ? null : best;
    }

    /// <summary>
    /// The kind of personal data a member named <paramref name="memberName"/> of a type named
    /// <paramref name="typeName"/> holds, by the member's own name or, for <c>Name</c> on a person-like type
    /// (<c>Buyer.Name</c>, <c>CustomerDto.DisplayName</c>), as a person's name.
    /// </summary>
    public string? MatchMember(string memberName, string typeName)
    {
        if (Match(memberName) is { } kind)
        {
            return kind;
        }

        return PersonNameMembers.Contains(Normalize(memberName)) && IsPersonLikeType(typeName) ? PersonalDataKinds.PersonName : null;
    }

    /// <summary>Whether <paramref name="typeName"/>'s head noun, past wrappers like <c>Dto</c>, names a person.</summary>
    public static bool IsPersonLikeType(string typeName)
    {
        var folded = Normalize(typeName);
        var end = folded.Length;
        foreach (var suffix in TypeSuffixes)
        {
            if (end > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal) && StartsWord(typeName, folded, end - suffix.Length))
            {
                end -= suffix.Length;
                break;
            }
        }

        var head = folded.Substring(0, end);
        foreach (var term in PersonTypeTerms)
        {
            foreach (var ending in PluralEndings)
            {
                var length = term.Length + ending.Length;
                if (head.Length >= length
                    && string.CompareOrdinal(head, head.Length - length, term, 0, term.Length) == 0
                    && string.CompareOrdinal(head, head.Length - ending.Length, ending, 0, ending.Length) == 0
                    && StartsWord(typeName, folded, head.Length - length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a safe modifier is a word of <paramref name="identifier"/> before position <paramref name="termStart"/>.</summary>
    private static bool HasSafeModifier(string identifier, string folded, int termStart)
    {
        foreach (var modifier in SafeModifiers)
        {
            for (var at = folded.IndexOf(modifier, 0, termStart, StringComparison.Ordinal); at >= 0 && at + modifier.Length <= termStart;
                 at = at + 1 < termStart ? folded.IndexOf(modifier, at + 1, termStart - at - 1, StringComparison.Ordinal) : -1)
            {
                var end = at + modifier.Length;
                if (StartsWord(identifier, folded, at) && (end == termStart || StartsWord(identifier, folded, end)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="term"/> (with a plural ending) ends <paramref name="folded"/> at a word start, or -1.</summary>
    private static int MatchStart(string identifier, string folded, string term)
    {
        foreach (var ending in PluralEndings)
        {
            var length = term.Length + ending.Length;
            if (folded.Length < length
                || string.CompareOrdinal(folded, folded.Length - length, term, 0, term.Length) != 0
                || string.CompareOrdinal(folded, folded.Length - ending.Length, ending, 0, ending.Length) != 0)
            {
                continue;
            }

            var start = folded.Length - length;
            if (WholeNameOnlyTerms.Contains(term) ? start == 0 : StartsWord(identifier, folded, start))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Whether position <paramref name="start"/> of the folded identifier begins a word of the original.</summary>
    private static bool StartsWord(string identifier, string folded, int start)
    {
        if (start == 0)
        {
            return true;
        }

        // Map the folded position back to the original identifier, skipping the separators Normalize dropped.
        var letters = 0;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == start)
            {
                // A separator before it, or camel case: "customerEmail", "IPAddress" (upper followed by lower).
                var previous = identifier[i - 1];
                return !char.IsLetter(previous)
                    || (char.IsUpper(c) && (char.IsLower(previous) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))));
            }

            letters++;
        }

        return false;
    }

    /// <summary>Lower case letters only: <c>E_Mail</c>, <c>eMail</c> and <c>email</c> fold alike.</summary>
    private static string Normalize(string identifier)
    {
        var buffer = new char[identifier.Length];
        var length = 0;
        foreach (var c in identifier)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer, 0, length);
    }
}
