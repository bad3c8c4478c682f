namespace Privacy.Kit.Text;

/// <summary>What the words just before a candidate say it is.</summary>
internal enum ContextCue : byte
{
    /// <summary>No word nearby names a kind.</summary>
    None,

    /// <summary>BSN, burgerservicenummer, sofinummer, rijksregisternummer, national number.</summary>
    NationalId,

    /// <summary>IBAN, rekeningnummer, bank account.</summary>
    BankAccount,

    /// <summary>Creditcard, card, kaartnummer.</summary>
    PaymentCard,

    /// <summary>Telefoon, mobiel, phone, bel, call.</summary>
    Phone,

    /// <summary>Geboren, geboortedatum, DOB, born.</summary>
    Birth,

    /// <summary>Postcode, adres, address, woont.</summary>
    Address,

    /// <summary>IP address.</summary>
    IpAddress,

    /// <summary>Order, ticket, factuur, invoice, product, version, amount, appointment: a number that is not personal data.</summary>
    Reference,
}
