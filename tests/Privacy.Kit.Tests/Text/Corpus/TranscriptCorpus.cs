using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text.Corpus;

/// <summary>
/// Generates labelled transcript and note sentences for the word recognizers, with a fixed seed: numbers and e-mail
/// addresses spoken as words, street addresses after a cue, customer, contract, passport and driving-licence numbers,
/// user names, hyphenated and double surnames, names without a cue, special-category terms; and negatives that must
/// survive: counted words, "at" in ordinary sentences, cue words without a value, streets, companies and brands that
/// start with a first name, everyday words near the special-category terms.
/// </summary>
internal sealed class TranscriptCorpus(int seed)
{
    private static readonly string[] DutchDigits = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
    private static readonly string[] EnglishDigits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] FirstNames = ["Jeroen", "Marieke", "Sanne", "Pieter", "Fatima", "Thomas", "Emma", "Richard", "Lotte", "Daan"];
    private static readonly string[] Surnames = ["Bakker", "van der Linden", "de Vries", "El Amrani", "Jansen", "van den Berg-de Wit", "Visser-de Jong", "Peeters"];
    private static readonly string[] Streets = ["Kerkstraat", "Laan van Meerdervoort", "Dorpsstraat", "Stationsweg", "Oude Gracht", "Molenweg"];
    private static readonly string[] Places = ["Utrecht", "Den Haag", "Bergen op Zoom", "Amsterdam", "Leuven"];
    private static readonly string[] Terms = ["diabetes", "depressie", "lid van de vakbond", "zwanger", "moslim", "pregnant", "cancer", "trade union"];

    private static readonly string[] Negatives =
    [
        "Ik heb twee of drie keer gebeld.", "Dat duurde vier of vijf minuten.", "Een twee drie vier, hoedje van papier.",
        "We meet at noon.", "Customer is at home today.", "Look at the invoice first.", "Adres gewijzigd op verzoek.",
        "Paspoort verlopen, klant maakt afspraak.", "Rijbewijs is gestolen.", "Login failed three times.",
        "Gebruikersnaam vergeten, reset gestuurd.", "Klantnummer onbekend.", "Boodschappen bij Albert Heijn gedaan.",
        "Bezorgd op de Jan van Galenstraat.", "Factuur van Thomas Cook B.V. ontvangen.", "Jeroen belde terug.",
        "Dan bellen we morgen.", "Account disabled after three attempts.", "De homepage laadt niet.",
        "Woont al 12 jaar in Utrecht.", "Christian belde over de factuur.", "Bestelling een twee drie vier vijf zes zeven acht negen.",
        "Willem Alexanderlaan is afgesloten.", "Portal login from the app.",
    ];

    private readonly Random random = new(seed);

    /// <summary>Generates notes of three to five sentences, each an item or a negative.</summary>
    public IReadOnlyList<LabelledNote> Notes(int count)
    {
        var notes = new List<LabelledNote>(count);
        for (var n = 0; n < count; n++)
        {
            var note = new NoteBuilder();
            for (var s = random.Next(3, 6); s > 0; s--)
            {
                if (random.Next(3) == 0)
                {
                    note.Distractor("transcript negative", Pick(Negatives));
                }
                else
                {
                    AddItem(note);
                }

                note.Plain(random.Next(4) == 0 ? "\n" : " ");
            }

            notes.Add(note.Build());
        }

        return notes;
    }

    private void AddItem(NoteBuilder note)
    {
        switch (random.Next(9))
        {
            case 0:
                note.Plain(Pick(["Mijn nummer is ", "U kunt me bellen op ", "Bel terug op "]))
                    .Item(PersonalDataKind.PhoneNumber, "spoken mobile (nl)", Spoken("06" + Digits(8), DutchDigits, ", ")).Plain(".");
                break;
            case 1:
                note.Plain(Pick(["My number is ", "Call me back on "]))
                    .Item(PersonalDataKind.PhoneNumber, "spoken mobile (en)", Spoken("06" + Digits(8), EnglishDigits, " ")).Plain(".");
                break;
            case 2:
                var local = Pick(["jan punt de vries", "sanne punt bakker", "info", "john dot smith", "p punt jansen"]);
                var domain = Pick(["gmail punt com", "ziggo punt nl", "outlook dot com", "telenet punt be", "hotmail.com"]);
                var at = Pick([" at ", " apenstaartje "]);
                note.Plain(Pick(["Mijn mail is ", "E-mail: ", "My email is "])).Item(PersonalDataKind.EmailAddress, "spoken e-mail", local + at + domain).Plain(".");
                break;
            case 3:
                var street = $"{Pick(Streets)} {random.Next(1, 300)}{Pick(["", "a", "-2", " B"])}";
                var address = Pick([street, $"{street}, {random.Next(1000, 9999)} {Pick(["AB", "GB", "DL", "KM"])} {Pick(Places)}", $"{street} in {Pick(Places)}", $"{street}, {Pick(Places)}"]);
                note.Plain(Pick(["Adres: ", "Klant woont op de ", "Nieuw adres is ", "Verhuisd naar "])).Item(PersonalDataKind.PostalAddress, "street address", address).Plain(".");
                break;
            case 4:
                note.Plain(Pick(["Klantnummer ", "Contractnummer: ", "Customer number ", "Lidnummer "]))
                    .Item(PersonalDataKind.PersonalData, "customer number", Pick([$"{random.Next(1000, 9999)}-{random.Next(1000, 9999)}", $"CN-{random.Next(100000, 999999)}", Digits(9)])).Plain(" gecontroleerd.");
                break;
            case 5:
                note.Plain(Pick(["Paspoortnummer ", "Rijbewijsnummer ", "Passport number ", "Driving licence "]))
                    .Item(PersonalDataKind.NationalId, "document number", Pick([$"{Letters(3)}{Digits(4)}{Letters(1)}{Digits(1)}", "5" + Digits(9)])).Plain(" gezien.");
                break;
            case 6:
                note.Plain(Pick(["Gebruikersnaam ", "Username: ", "Login: ", "Inlognaam is "]))
                    .Item(PersonalDataKind.PersonalData, "user name", Pick(["jdevries", "s.bakker", "pjansen_" + random.Next(10, 99), "mvisser" + random.Next(1, 99)])).Plain(" geblokkeerd.");
                break;
            case 7:
                var name = $"{Pick(FirstNames)} {Pick(Surnames)}";
                note.Plain(Pick(["", "Terugbellen naar ", "Gesproken met "])).Item(PersonalDataKind.PersonName, "name, cued or not", name).Plain(Pick([" belde over de factuur.", " morgen.", "."]));
                break;
            default:
                note.Plain(Pick(["Klant vertelde over ", "Caller mentioned ", "Noteer: "])).Item(PersonalDataKind.SpecialCategory, "special category", Pick(Terms)).Plain(".");
                break;
        }
    }

    private string Spoken(string digits, string[] words, string firstSeparator)
    {
        var parts = new List<string>(digits.Length);
        foreach (var digit in digits)
        {
            parts.Add(words[digit - '0']);
        }

        return parts[0] + " " + parts[1] + firstSeparator + string.Join(' ', parts.Skip(2));
    }

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    private string Letters(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('A' + random.Next(26))));

    private T Pick<T>(T[] options) => options[random.Next(options.Length)];
}
