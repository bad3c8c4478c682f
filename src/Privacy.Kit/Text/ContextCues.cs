namespace Privacy.Kit.Text;

/// <summary>
/// Reads the few words before a candidate to learn what the writer says it is. Checksums alone are not enough: one
/// random 9-digit number in eleven passes the 11-proef and one in ten passes Luhn, so "ordernummer 123456782" must
/// stay and "BSN 123456783" (a typo) must go. The nearest cue wins, so "BSN 111222333, order 123456782" reads each
/// number with its own label.
/// </summary>
internal static class ContextCues
{
    private const int MaxWords = 5;
    private const int MaxWordLength = 24;
    private const int MaxAbbreviationLength = 4;

    /// <summary>Finds the nearest cue in the words before <paramref name="start"/>, stopping at a line break or another number.</summary>
    public static ContextCue Before(ReadOnlySpan<char> text, int start)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        var i = start - 1;
        for (var words = 0; words < MaxWords; words++)
        {
            // Skip the separators between words; a digit or a line break ends the context, and so does the end of a
            // sentence unless the full stop closes an abbreviation right before the number ("geb. 12-03-1980", "tel. 020-1234567").
            var sentenceEnd = false;
            while (i >= 0 && !char.IsLetter(text[i]))
            {
                if (char.IsAsciiDigit(text[i]) || text[i] is '\n' or '\r' or ';' or '|')
                {
                    return ContextCue.None;
                }

                if (text[i] is '€' or '$' or '£' or '#')
                {
                    // An amount or a ticket/order reference ("€ 123456782", "#123456782").
                    return ContextCue.Reference;
                }

                sentenceEnd |= text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
                i--;
            }

            if (i < 0)
            {
                return ContextCue.None;
            }

            var end = i + 1;
            while (i >= 0 && char.IsLetter(text[i]))
            {
                i--;
            }

            var word = text[(i + 1)..end];
            var length = 0;
            if (word.Length == 1 && end < text.Length && text[end] == '.')
            {
                // Letters with full stops ("d.o.b.", "t.a.v.") are one abbreviation, read as its letters ("dob"), and its
                // last full stop ends no sentence.
                length = DottedAbbreviation(text, ref i, lower);
                sentenceEnd &= length == 1;
            }

            if (sentenceEnd && (words > 0 || word.Length > MaxAbbreviationLength || text[end] != '.'))
            {
                return ContextCue.None;
            }

            if (word.Length > MaxWordLength)
            {
                continue;
            }

            if (length == 0)
            {
                length = word.ToLowerInvariant(lower);
            }

            var cue = Classify(lower[..length]);
            if (cue != ContextCue.None)
            {
                return cue;
            }
        }

        return ContextCue.None;
    }

    /// <summary>
    /// Reads the single letters joined by full stops that end at <paramref name="i"/> + 1 ("d.o.b" of "d.o.b."), backwards,
    /// into <paramref name="lower"/> as lower-case letters; moves <paramref name="i"/> before them and returns how many.
    /// </summary>
    private static int DottedAbbreviation(ReadOnlySpan<char> text, ref int i, Span<char> lower)
    {
        var first = i + 1;
        while (first >= 2 && text[first - 1] == '.' && char.IsLetter(text[first - 2]) && (first < 3 || !char.IsLetter(text[first - 3])))
        {
            first -= 2;
        }

        var length = 0;
        for (var at = first; at <= i + 1 && length < MaxAbbreviationLength; at += 2)
        {
            lower[length++] = char.ToLowerInvariant(text[at]);
        }

        i = first - 1;
        return length;
    }

    /// <summary>Classifies one lower-case word; Dutch compounds ending in -nummer/-nr are classified by their stem.</summary>
    internal static ContextCue Classify(ReadOnlySpan<char> word)
    {
        var cue = ClassifyWord(word);
        if (cue != ContextCue.None)
        {
            return cue;
        }

        if (word.Length > 6 && word.EndsWith("nummer"))
        {
            return ClassifyWord(word[..^6]);
        }

        return word.Length > 2 && word.EndsWith("nr") ? ClassifyWord(word[..^2]) : ContextCue.None;
    }

    private static ContextCue ClassifyWord(ReadOnlySpan<char> word) => word switch
    {
        "bsn" or "burgerservice" or "burgerservicenummer" or "sofi" or "sofinummer" or "rijksregister" or "rijksregisternummer"
            or "insz" or "identificatie" or "citizen" or "ssn" or "national" or "nationaal" => ContextCue.NationalId,
        "iban" or "rekening" or "bankrekening" or "rekeningnummer" or "account" or "bank" or "tegenrekening" => ContextCue.BankAccount,
        "creditcard" or "card" or "kaart" or "kaartnummer" or "visa" or "mastercard" or "amex" or "maestro" or "betaalpas"
            or "pas" or "credit" or "debit" or "pan" => ContextCue.PaymentCard,
        "tel" or "telefoon" or "telefoonnummer" or "telefonisch" or "mobiel" or "mobile" or "gsm" or "phone" or "telephone"
            or "bel" or "bellen" or "gebeld" or "call" or "called" or "calling" or "cell" or "fax" or "whatsapp" or "terugbelnummer"
            or "bereikbaar" or "reached" => ContextCue.Phone,
        "geboren" or "geboortedatum" or "geboorte" or "geb" or "dob" or "born" or "birth" or "birthdate" or "birthday"
            or "verjaardag" => ContextCue.Birth,
        "postcode" or "adres" or "address" or "woont" or "wonend" or "woonachtig" or "lives" or "postal" or "zip" => ContextCue.Address,
        "ip" or "ipv" or "ipadres" or "ipaddress" => ContextCue.IpAddress,
        "order" or "ordernummer" or "bestelling" or "bestel" or "bestelnummer" or "ticket" or "ticketnummer" or "factuur"
            or "factuurnummer" or "invoice" or "referentie" or "reference" or "ref" or "kenmerk" or "klantnummer"
            or "dossier" or "zaak" or "case" or "artikel" or "article" or "product" or "sku" or "ean" or "serie"
            or "serial" or "versie" or "version" or "build" or "release" or "v" or "contract" or "polis" or "policy"
            or "pakket" or "tracking" or "zending" or "transactie" or "transaction" or "afspraak" or "appointment"
            or "bedrag" or "amount" or "eur" or "euro" or "totaal" or "total" or "uur" or "tijd" or "time"
            or "timestamp" => ContextCue.Reference,
        _ => ContextCue.None,
    };
}
