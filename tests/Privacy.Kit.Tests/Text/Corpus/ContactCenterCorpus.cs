using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text.Corpus;

/// <summary>
/// Generates labelled Dutch and English contact-center notes with a fixed seed: every kind in each of its written
/// forms, mixed with distractors that must survive (amounts, appointment dates, times, durations, order and ticket
/// numbers, product codes, version numbers, 9-digit order numbers failing the 11-proef, millisecond timestamps).
/// Shared with the benchmarks so the throughput figures are measured on the same notes.
/// </summary>
internal sealed class ContactCenterCorpus
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly string[] FirstNames = ["Jan", "Sanne", "Mohammed", "Fleur", "Pieter", "Emma", "Daan", "Lotte", "Sarah", "James", "Anouk", "Thijs"];
    private static readonly string[] LastNames = ["de Vries", "Jansen", "van den Berg", "Bakker", "El Amrani", "Peeters", "Janssens", "Smith", "van 't Hof", "O'Brien", "Visser", "Meijer"];
    private static readonly string[] Domains = ["gmail.com", "hotmail.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "telenet.be", "example.co.uk"];
    private static readonly string[] MonthsNl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Fillers =
    [
        "Klant belt over de laatste factuur. ", "Customer called about a late delivery. ", "Uitgelegd hoe de app werkt. ",
        "Explained the cancellation policy. ", "Klant is tevreden. ", "Escalated to second line. ", "Doorverbonden met billing. ",
        "Terugbelverzoek aangemaakt. ", "Customer asked for a refund. ", "Wachttijd was lang, excuses aangeboden. ",
    ];

    private readonly Random random;

    public ContactCenterCorpus(int seed) => random = new Random(seed);

    /// <summary>Generates notes that each mix personal data with distractors.</summary>
    public IReadOnlyList<LabelledNote> Notes(int count)
    {
        var notes = new List<LabelledNote>(count);
        for (var n = 0; n < count; n++)
        {
            var note = new NoteBuilder();
            var sentences = random.Next(3, 7);
            for (var s = 0; s < sentences; s++)
            {
                switch (random.Next(3))
                {
                    case 0:
                        AddItem(note);
                        break;
                    case 1:
                        AddDistractor(note);
                        break;
                    default:
                        note.Plain(Pick(Fillers));
                        break;
                }

                note.Plain(random.Next(4) == 0 ? "\n" : " ");
            }

            notes.Add(note.Build());
        }

        return notes;
    }

    /// <summary>Generates notes with distractors and filler only: nothing in them is personal data.</summary>
    public IReadOnlyList<LabelledNote> CleanNotes(int count)
    {
        var notes = new List<LabelledNote>(count);
        for (var n = 0; n < count; n++)
        {
            var note = new NoteBuilder();
            for (var s = 0; s < 5; s++)
            {
                if (s % 2 == 0)
                {
                    note.Plain(Pick(Fillers));
                }
                else
                {
                    AddDistractor(note);
                    note.Plain(" ");
                }
            }

            notes.Add(note.Build());
        }

        return notes;
    }

    private void AddItem(NoteBuilder note)
    {
        switch (random.Next(10))
        {
            case 0: AddBsn(note); break;
            case 1: AddIban(note); break;
            case 2: AddCard(note); break;
            case 3: AddPhone(note); break;
            case 4: AddEmail(note); break;
            case 5: AddIp(note); break;
            case 6: AddPostcode(note); break;
            case 7: AddDateOfBirth(note); break;
            case 8: AddBelgianNationalNumber(note); break;
            default: AddName(note); break;
        }
    }

    private void AddBsn(NoteBuilder note)
    {
        var bsn = ValidBsn();
        var (form, written) = random.Next(3) switch
        {
            0 => ("compact", bsn),
            1 => ("dotted 4-2-3", $"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}"),
            _ => ("spaced 3-3-3", $"{bsn[..3]} {bsn[3..6]} {bsn[6..]}"),
        };
        note.Plain(Pick(["BSN: ", "BSN ", "burgerservicenummer ", "Klant gaf BSN-nummer ", "citizen service number ", "sofinummer: ", "Het BSN van de klant is "]))
            .Item(PersonalDataKind.NationalId, "BSN " + form, written).Plain(".");
    }

    private void AddBelgianNationalNumber(NoteBuilder note)
    {
        var yy = random.Next(100);
        var body = $"{yy:00}{random.Next(1, 13):00}{random.Next(1, 29):00}{random.Next(1, 998):000}";
        var value = long.Parse(body, System.Globalization.CultureInfo.InvariantCulture) + (yy < 20 ? 2_000_000_000L : 0);
        var check = $"{97 - (value % 97):00}";
        var (form, written) = random.Next(2) == 0
            ? ("formatted", $"{body[..2]}.{body[2..4]}.{body[4..6]}-{body[6..]}.{check}")
            : ("compact", body + check);
        note.Plain(Pick(["rijksregisternummer ", "INSZ: ", "Belgian national number ", "nationaal nummer "]))
            .Item(PersonalDataKind.NationalId, "BE " + form, written).Plain(".");
    }

    private void AddIban(NoteBuilder note)
    {
        var (country, bban) = random.Next(3) switch
        {
            0 => ("NL", Letters(4) + Digits(10)),
            1 => ("BE", Digits(12)),
            _ => ("DE", Digits(18)),
        };
        var iban = CheckDigits.Iban(country, bban);
        var grouped = string.Join(' ', iban.Chunk(4).Select(c => new string(c)));
        var (form, written) = random.Next(4) switch
        {
            0 => ("compact", iban),
            1 => ("grouped", grouped),
            2 => ("grouped lower case", grouped.ToLowerInvariant()),
            _ => ("compact lower case", iban.ToLowerInvariant()),
        };
        note.Plain(Pick(["IBAN ", "Rekeningnummer: ", "Refund to account ", "Terugstorten op ", "bank account "]))
            .Item(PersonalDataKind.BankAccount, country + " " + form, written).Plain(".");
    }

    private void AddCard(NoteBuilder note)
    {
        var amex = random.Next(4) == 0;
        var prefix = amex ? Pick(["34", "37"]) : Pick(["4", "51", "52", "55"]);
        var body = prefix + Digits((amex ? 14 : 15) - prefix.Length);
        var number = body + CheckDigits.Luhn(CheckDigits.Values(body));
        var (form, written) = amex
            ? random.Next(2) == 0 ? ("amex compact", number) : ("amex 4-6-5", $"{number[..4]} {number[4..10]} {number[10..]}")
            : random.Next(3) switch
            {
                0 => ("compact", number),
                1 => ("spaced fours", string.Join(' ', number.Chunk(4).Select(c => new string(c)))),
                _ => ("dashed fours", string.Join('-', number.Chunk(4).Select(c => new string(c)))),
            };
        note.Plain(Pick(["Creditcard ", "Kaartnummer: ", "Paid with card ", "Klant noemde zijn kaart ", "card number "]))
            .Item(PersonalDataKind.PaymentCard, form, written).Plain(Pick([".", " verlopen.", ", expired."]));
    }

    private void AddPhone(NoteBuilder note)
    {
        var mobile = Digits(8);
        var (form, written) = random.Next(15) switch
        {
            12 => ("NL +31(0) compact", "+31(0)6" + mobile),
            13 => ("NL mobile dotted", $"06.{mobile[..2]}.{mobile[2..4]}.{mobile[4..6]}.{mobile[6..]}"),
            14 => ("NL mobile spaced dash", "06 - " + mobile),
            0 => ("NL mobile compact", "06" + mobile),
            1 => ("NL mobile dash", "06-" + mobile),
            2 => ("NL mobile pairs", $"06 {mobile[..2]} {mobile[2..4]} {mobile[4..6]} {mobile[6..]}"),
            3 => ("NL +31", "+31 6 " + mobile),
            4 => ("NL +31 (0)", "+31 (0)6 " + mobile),
            5 => ("NL 0031", "0031 6 " + mobile),
            6 => ("NL landline", $"0{random.Next(10, 80)}-{Digits(7)}"),
            7 => ("NL landline parentheses", $"(0{random.Next(10, 80)}) {Digits(3)} {Digits(4)}"),
            8 => ("NL service", Pick(["0800-", "0900-"]) + Digits(4)),
            9 => ("BE mobile", $"+32 4{random.Next(60, 100)} {Digits(2)} {Digits(2)} {Digits(2)}"),
            10 => ("DE", "+49 30 " + Digits(8)),
            _ => ("E.164", "+44 20 " + Digits(4) + " " + Digits(4)),
        };
        note.Plain(Pick(["Bel terug op ", "Telefoon: ", "Call back on ", "Klant is bereikbaar op ", "mobile ", "Nieuw nummer "]))
            .Item(PersonalDataKind.PhoneNumber, form, written).Plain(".");
    }

    private void AddEmail(NoteBuilder note)
    {
        var first = Pick(FirstNames).ToLowerInvariant();
        var last = Pick(LastNames).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var (form, local) = random.Next(3) switch
        {
            0 => ("first.last", $"{first}.{last}"),
            1 => ("initial+digits", $"{first[0]}{last}{random.Next(60, 100)}"),
            _ => ("plus tag", $"{first}+crm"),
        };
        note.Plain(Pick(["Mail naar ", "E-mail: ", "Send confirmation to ", "Nieuw e-mailadres "]))
            .Item(PersonalDataKind.EmailAddress, form, $"{local}@{Pick(Domains)}").Plain(".");
    }

    private void AddIp(NoteBuilder note)
    {
        var (form, written) = random.Next(3) switch
        {
            0 => ("IPv4", $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}"),
            1 => ("IPv6 compressed", $"2001:db8::{random.Next(1, 0xffff):x}:{random.Next(1, 0xffff):x}"),
            _ => ("IPv6 full", string.Join(':', Enumerable.Range(0, 8).Select(_ => random.Next(0x1000, 0xffff).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)))),
        };
        note.Plain(Pick(["Login vanaf IP ", "Request from ", "IP-adres ", "Blocked address "]))
            .Item(PersonalDataKind.IpAddress, form, written).Plain(".");
    }

    private void AddPostcode(NoteBuilder note)
    {
        var digits = $"{random.Next(1000, 10000)}";
        string letters;
        do
        {
            letters = Letters(2);
        }
        while (letters is "SA" or "SD" or "SS" or "KB" or "MB" or "GB" or "TB" or "PB" or "KM" or "CM" or "MM" or "KG" or "MG" or "ML" or "CL" or "DL" or "HZ" or "KW" or "MW" or "GW" or "PK" or "AM" or "PM" or "BC" or "AD" or "ST" or "NR" or "EU" or "US" or "UK");

        var (form, written) = random.Next(3) switch
        {
            0 => ("spaced", $"{digits} {letters}"),
            1 => ("compact", digits + letters),
            _ => ("compact lower case", digits + letters.ToLowerInvariant()),
        };
        note.Plain(Pick(["Woont op Dorpsstraat 12, ", "Nieuw adres: Kerkweg 3, ", "Postcode ", "Lives at Main Street 4, "]))
            .Item(PersonalDataKind.PostalAddress, form, written).Plain(Pick([" Utrecht.", " te Amsterdam.", "."]));
    }

    private void AddDateOfBirth(NoteBuilder note)
    {
        int day = random.Next(1, 29), month = random.Next(1, 13), year = random.Next(1930, 2008);
        var (form, written) = random.Next(7) switch
        {
            0 => ("dd-mm-yyyy", $"{day:00}-{month:00}-{year}"),
            1 => ("dd/mm/yyyy", $"{day}/{month}/{year}"),
            2 => ("dd.mm.yyyy", $"{day:00}.{month:00}.{year}"),
            3 => ("yyyy-mm-dd", $"{year}-{month:00}-{day:00}"),
            4 => ("d maand yyyy", $"{day} {MonthsNl[month - 1]} {year}"),
            5 => ("d Month yyyy", $"{day} {MonthsEn[month - 1]} {year}"),
            _ => ("Month d, yyyy", $"{MonthsEn[month - 1]} {day}, {year}"),
        };
        note.Plain(Pick(["Geboren op ", "Geboortedatum: ", "DOB ", "Born on ", "Date of birth: ", "geb. "]))
            .Item(PersonalDataKind.DateOfBirth, form, written).Plain(".");
    }

    private void AddName(NoteBuilder note)
    {
        var name = $"{Pick(FirstNames)} {Pick(LastNames)}";
        note.Plain(Pick(["Mijn naam is ", "Gesproken met ", "My name is ", "Spoke with ", "Gesproken met mevrouw ", "Spoke with Mr. "]))
            .Item(PersonalDataKind.PersonName, "cued", name).Plain(Pick([".", " over de factuur.", ", who was friendly."]));
    }

    private void AddDistractor(NoteBuilder note)
    {
        switch (random.Next(17))
        {
            case 0:
                note.Plain("Bedrag ").Distractor("amount", $"€ {random.Next(1, 10)}.{random.Next(100, 1000)},{random.Next(100):00}").Plain(" betaald.");
                break;
            case 1:
                note.Plain(Pick(["Afspraak op ", "Appointment on ", "Levering "])).Distractor("appointment date", Pick([$"{random.Next(1, 29):00}-{random.Next(1, 13):00}-2025", $"2025-{random.Next(1, 13):00}-{random.Next(1, 29):00}", $"{random.Next(1, 29)} maart 2025"])).Plain(".");
                break;
            case 2:
                note.Plain("Gebeld om ").Distractor("time", Pick([$"{random.Next(8, 18)}:{random.Next(60):00}", $"{random.Next(8, 18)}.{random.Next(60):00} uur", $"{random.Next(8, 18)}:{random.Next(60):00}:{random.Next(60):00}"])).Plain(".");
                break;
            case 3:
                note.Plain("Gesprek duurde ").Distractor("duration", Pick([$"{random.Next(2, 59)} minuten", $"{random.Next(1, 3)} uur {random.Next(1, 59)} min", $"{random.Next(1, 9)}h{random.Next(10, 59)}m"])).Plain(".");
                break;
            case 4:
                note.Plain(Pick(["Ordernummer ", "Order ", "Bestelling "])).Distractor("order number", Pick([$"ORD-2025-{random.Next(100000, 999999)}", $"{random.Next(10000, 99999)}", $"#{random.Next(100000, 9999999)}"])).Plain(".");
                break;
            case 5:
                note.Plain(Pick(["Ordernummer ", "Order number ", "Factuur ", "Referentie "])).Distractor("9-digit order number failing 11-proef", InvalidBsn()).Plain(".");
                break;
            case 6:
                note.Plain(Pick(["Ticket ", "Case "])).Distractor("ticket number", Pick([$"#{random.Next(10000, 99999)}", $"INC{random.Next(1000000, 9999999)}", $"TK-{random.Next(1000, 9999)}"])).Plain(" aangemaakt.");
                break;
            case 7:
                note.Plain(Pick(["Product ", "Artikel ", "SKU "])).Distractor("product code", Pick([$"{Letters(2)}-{random.Next(1000, 99999)}", $"87{Digits(11)}", $"{Letters(3)}{random.Next(100, 999)}"])).Plain(".");
                break;
            case 8:
                note.Plain(Pick(["App versie ", "Version ", "Firmware "])).Distractor("version number", Pick([$"{random.Next(1, 20)}.{random.Next(10)}.{random.Next(20)}", $"v{random.Next(1, 9)}.{random.Next(10)}", $"10.0.{random.Next(10000, 30000)}.{random.Next(100, 5000)}"])).Plain(".");
                break;
            case 13:
                note.Plain(Pick(["Bereikbaar ", "Open "])).Distractor("time range", $"{random.Next(8, 12)}:00-{random.Next(13, 18)}:00").Plain(".");
                break;
            case 14:
                note.Plain("Korting ").Distractor("percentage", $"{random.Next(1, 50)},{random.Next(10)}%").Plain(" toegepast.");
                break;
            case 15:
                note.Plain(Pick(["Ordernummer ", "Bestelling ", "Factuurnummer "])).Distractor("10-digit order number starting 06", "06" + Digits(8)).Plain(".");
                break;
            case 16:
                note.Plain("Periode ").Distractor("date range", $"{random.Next(1, 15)}-{random.Next(1, 13)} t/m {random.Next(15, 29)}-{random.Next(1, 13)}").Plain(".");
                break;
            case 12:
                note.Plain(Pick(["Ordernummer ", "Pakket ", "Tracking "])).Distractor("9-digit reference passing the 11-proef", ValidBsn()).Plain(".");
                break;
            case 9:
                note.Plain("Event timestamp ").Distractor("millisecond timestamp", $"17{Digits(11)}").Plain(".");
                break;
            case 10:
                note.Plain("Bijlage van ").Distractor("size", $"{random.Next(1000, 9999)} {Pick(["MB", "KB", "GB"])}").Plain(".");
                break;
            default:
                note.Plain("Wachtrij ").Distractor("count", $"{random.Next(2, 400)} klanten").Plain(" in de wacht.");
                break;
        }
    }

    private string ValidBsn()
    {
        while (true)
        {
            var body = Digits(8);
            var check = CheckDigits.Bsn(CheckDigits.Values(body));
            if (check < 10 && body[0] != '0')
            {
                return body + check;
            }
        }
    }

    private string InvalidBsn()
    {
        while (true)
        {
            var candidate = $"{random.Next(1, 10)}{Digits(8)}";
            if (!Checksums.IsValidBsn(CheckDigits.Values(candidate)))
            {
                return candidate;
            }
        }
    }

    private string Digits(int count) => string.Create(count, random, static (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + r.Next(10));
        }
    });

    private string Letters(int count) => string.Create(count, random, static (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Upper[r.Next(Upper.Length)];
        }
    });

    private T Pick<T>(T[] options) => options[random.Next(options.Length)];
}
