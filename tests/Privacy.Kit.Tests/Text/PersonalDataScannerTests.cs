using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

public sealed class PersonalDataScannerTests
{
    [Theory]
    [InlineData("BSN: 123456782 gecontroleerd", "123456782")]
    [InlineData("burgerservicenummer 1234.56.782.", "1234.56.782")]
    [InlineData("bsn van klant is 111 222 333", "111 222 333")]
    [InlineData("BSN 12345672 (8 cijfers)", "12345672")]
    public void Bsn_after_a_cue_is_found_with_high_confidence(string text, string expected)
    {
        var item = Scanned.Single(text);

        Assert.Equal((expected, PersonalDataKind.NationalId, MatchConfidence.High), item);
    }

    [Fact]
    public void Bsn_without_a_cue_is_found_with_medium_confidence()
    {
        Assert.Equal(("123456782", PersonalDataKind.NationalId, MatchConfidence.Medium), Scanned.Single("klant gaf 123456782 door"));
    }

    [Fact]
    public void Bsn_with_a_typo_after_a_cue_is_still_found_with_low_confidence()
    {
        Assert.Equal(("123456783", PersonalDataKind.NationalId, MatchConfidence.Low), Scanned.Single("BSN: 123456783"));
    }

    [Theory]
    [InlineData("ordernummer 123456782 verzonden")]
    [InlineData("order number 123456782")]
    [InlineData("factuur 111222333")]
    [InlineData("klant belde over 123456789")]
    [InlineData("ref. 123456782")]
    [InlineData("betaald € 123456782")]
    [InlineData("zie #123456782")]
    public void Nine_digit_reference_numbers_are_not_bsn(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Fact]
    public void Each_number_is_read_with_its_own_label()
    {
        var items = Scanned.Items("BSN 111222333, ordernummer 123456782");

        Assert.Equal([("111222333", PersonalDataKind.NationalId, MatchConfidence.High)], items);
    }

    [Theory]
    [InlineData("Stuur de factuur. Nieuw nummer 0612345678.", "0612345678")]
    [InlineData("Order verzonden. Request from 208.82.28.100.", "208.82.28.100")]
    [InlineData("Gebeld om 16.40 uur. Nieuw nummer 0686467275.", "0686467275")]
    public void A_label_in_the_previous_sentence_does_not_apply(string text, string expected)
    {
        Assert.Equal(expected, Scanned.Single(text).Value);
    }

    [Theory]
    [InlineData("rijksregisternummer 85.07.30-033.28", "85.07.30-033.28")]
    [InlineData("INSZ 85073003328", "85073003328")]
    [InlineData("nationaal nummer 01.02.03-004.67 (geboren na 2000)", "01.02.03-004.67")]
    public void Belgian_national_numbers_are_found(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.NationalId, MatchConfidence.High), Scanned.Single(text));
    }

    [Theory]
    [InlineData("IBAN NL91ABNA0417164300.", "NL91ABNA0417164300")]
    [InlineData("rekening NL91 ABNA 0417 1643 00 graag", "NL91 ABNA 0417 1643 00")]
    [InlineData("overmaken naar nl91abna0417164300", "nl91abna0417164300")]
    [InlineData("BE68 5390 0754 7034", "BE68 5390 0754 7034")]
    [InlineData("DE89370400440532013000", "DE89370400440532013000")]
    [InlineData("(GB29 NWBK 6016 1331 9268 19)", "GB29 NWBK 6016 1331 9268 19")]
    public void Ibans_are_found_compact_grouped_and_in_any_case(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.BankAccount, MatchConfidence.High), Scanned.Single(text));
    }

    [Fact]
    public void Iban_failing_mod97_after_a_cue_is_found_with_low_confidence()
    {
        Assert.Equal(("NL92ABNA0417164300", PersonalDataKind.BankAccount, MatchConfidence.Low), Scanned.Single("IBAN: NL92ABNA0417164300"));
    }

    [Theory]
    [InlineData("NL92ABNA0417164300")]
    [InlineData("NL91ABNA041716430")]
    [InlineData("XX91ABNA0417164300")]
    public void Iban_like_codes_without_a_valid_check_are_left_alone(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("kaart 4111 1111 1111 1111 verlopen", "4111 1111 1111 1111")]
    [InlineData("card 4111-1111-1111-1111", "4111-1111-1111-1111")]
    [InlineData("paid with 5555555555554444", "5555555555554444")]
    [InlineData("amex 3782 822463 10005", "3782 822463 10005")]
    public void Payment_cards_are_found(string text, string expected)
    {
        var item = Scanned.Single(text);

        Assert.Equal((expected, PersonalDataKind.PaymentCard), (item.Value, item.Kind));
    }

    [Theory]
    [InlineData("timestamp 1700000000000")]
    [InlineData("event at 1712345678901 ms")]
    [InlineData("4111111111111112")]
    public void Luhn_lookalikes_are_not_cards(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("bel 06-12345678 terug", "06-12345678")]
    [InlineData("mobiel 06 12 34 56 78", "06 12 34 56 78")]
    [InlineData("tel. 020-1234567", "020-1234567")]
    [InlineData("call (020) 123 4567", "(020) 123 4567")]
    [InlineData("nummer +31 6 12345678.", "+31 6 12345678")]
    [InlineData("nummer +31 (0)6 1234 5678", "+31 (0)6 1234 5678")]
    [InlineData("nummer 0031 6 12345678", "0031 6 12345678")]
    [InlineData("+31612345678", "+31612345678")]
    [InlineData("via 0800-1234", "0800-1234")]
    [InlineData("Belgisch: 02 123 45 67", "02 123 45 67")]
    [InlineData("+32 470 12 34 56", "+32 470 12 34 56")]
    [InlineData("Berlin +49 30 12345678", "+49 30 12345678")]
    [InlineData("US office +1 212-555-0199", "+1 212-555-0199")]
    [InlineData("06.12.34.56.78", "06.12.34.56.78")]
    public void Phone_numbers_are_found_in_the_forms_people_type(string text, string expected)
    {
        var item = Scanned.Single(text);

        Assert.Equal((expected, PersonalDataKind.PhoneNumber), (item.Value, item.Kind));
    }

    [Theory]
    [InlineData("mail jan.devries80@gmail.com graag", "jan.devries80@gmail.com")]
    [InlineData("<j.o'brien+crm@mail.example.co.uk>.", "j.o'brien+crm@mail.example.co.uk")]
    [InlineData("INFO@BEDRIJF.NL", "INFO@BEDRIJF.NL")]
    public void Email_addresses_are_found(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.EmailAddress, MatchConfidence.High), Scanned.Single(text));
    }

    [Theory]
    [InlineData("@jan op twitter")]
    [InlineData("a@b")]
    [InlineData("user@localhost")]
    public void Handles_and_incomplete_addresses_are_not_email(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("ip 192.168.1.20 geblokkeerd", "192.168.1.20")]
    [InlineData("from 2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329")]
    [InlineData("src=fe80::1ff:fe23:4567:890a.", "fe80::1ff:fe23:4567:890a")]
    [InlineData("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("mapped ::ffff:192.0.2.128", "::ffff:192.0.2.128")]
    public void Ip_addresses_are_found(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.IpAddress, MatchConfidence.High), Scanned.Single(text));
    }

    [Theory]
    [InlineData("versie 10.0.19045.2846")]
    [InlineData("version 1.2.3.4")]
    [InlineData("om 10:30:15 gebeld")]
    [InlineData("mac 00:1A:2B:3C:4D:5E")]
    [InlineData("999.1.1.1")]
    public void Versions_times_and_mac_addresses_are_not_ip_addresses(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("woont op 1234 AB Amsterdam", "1234 AB")]
    [InlineData("postcode 1234AB", "1234AB")]
    [InlineData("postcode 3511 ab", "3511 ab")]
    [InlineData("postcode: 9999zz, Dorpsstraat", "9999zz")]
    public void Dutch_postcodes_are_found(string text, string expected)
    {
        var item = Scanned.Single(text);

        Assert.Equal((expected, PersonalDataKind.PostalAddress), (item.Value, item.Kind));
    }

    [Theory]
    [InlineData("bijlage van 1500 MB")]
    [InlineData("in 2024 en 2025")]
    [InlineData("1234 SS")]
    [InlineData("0123 AB")]
    public void Units_years_and_unissued_letters_are_not_postcodes(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("geboren op 12-03-1980", "12-03-1980")]
    [InlineData("geboortedatum: 1980-03-12", "1980-03-12")]
    [InlineData("geb. 12.03.1980", "12.03.1980")]
    [InlineData("DOB 12/03/80", "12/03/80")]
    [InlineData("geboren 12 maart 1980", "12 maart 1980")]
    [InlineData("born on March 12, 1980", "March 12, 1980")]
    [InlineData("date of birth 5 Jan 1975", "5 Jan 1975")]
    public void Dates_of_birth_are_found_when_the_context_says_so(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.DateOfBirth, MatchConfidence.High), Scanned.Single(text));
    }

    [Theory]
    [InlineData("afspraak op 12-03-2025 om 10:30")]
    [InlineData("geleverd op 2025-03-12")]
    [InlineData("on 12 March 2025 we called")]
    public void Other_dates_are_left_alone(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("mijn naam is Jan de Vries en", "Jan de Vries")]
    [InlineData("gesproken met mevrouw J. Jansen", "J. Jansen")]
    [InlineData("My name is Sarah O'Brien.", "Sarah O'Brien")]
    [InlineData("spoke with Mr. Peeters", "Peeters")]
    [InlineData("Gesproken met Jan-Willem van 't Hof", "Jan-Willem van 't Hof")]
    public void Names_introduced_by_a_cue_are_found(string text, string expected)
    {
        var item = Scanned.Single(text);

        Assert.Equal((expected, PersonalDataKind.PersonName), (item.Value, item.Kind));
    }

    [Fact]
    public void A_lower_case_name_after_a_strong_cue_is_found_with_low_confidence()
    {
        Assert.Equal(("piet", PersonalDataKind.PersonName, MatchConfidence.Low), Scanned.Single("mijn naam is piet"));
    }

    [Theory]
    [InlineData("spoke with the customer")]
    [InlineData("gesproken met de klant over de factuur")]
    [InlineData("username: admin")]
    public void Cues_without_a_name_find_nothing(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("Bedrag € 1.234,56 betaald op 12-03-2025 om 14:30, ticket #48213.")]
    [InlineData("Order ORD-2024-001234, SKU AB-1234567890123, 45 minuten, v2.3.1")]
    [InlineData("Totaal EUR 123456789,00")]
    [InlineData("Product code A123456782 and 123456782-B")]
    public void Notes_without_personal_data_find_nothing(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Fact]
    public void Matches_come_in_text_order_without_overlap()
    {
        const string Note = "Klant Jan (mijn naam is Jan Bakker) belde van 06-12345678, mail jan@bakker.nl, IBAN NL91ABNA0417164300, BSN 111222333.";

        var matches = PersonalDataScanner.FindAll(Note);

        Assert.Equal(5, matches.Length);
        for (var i = 1; i < matches.Length; i++)
        {
            Assert.True(matches[i].Start >= matches[i - 1].End);
        }
    }

    [Fact]
    public void A_full_buffer_is_continued_from_the_last_match()
    {
        const string Note = "06-12345678 06-23456789 06-34567890";
        Span<PersonalDataMatch> one = stackalloc PersonalDataMatch[1];

        var first = PersonalDataScanner.Scan(Note, one);
        var firstEnd = one[0].End;
        var second = PersonalDataScanner.Scan(Note, one, firstEnd);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(12, one[0].Start);
        Assert.Equal(3, PersonalDataScanner.FindAll(Note).Length);
    }

    [Fact]
    public void Enumerating_finds_every_match_beyond_one_batch_in_order()
    {
        var note = string.Join(", ", Enumerable.Range(10, 40).Select(i => $"06-123456{i}"));

        var starts = new List<int>();
        foreach (var match in PersonalDataScanner.EnumerateMatches(note))
        {
            starts.Add(match.Start);
        }

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 13), starts);
        Assert.Equal(40, PersonalDataScanner.FindAll(note).Length);
    }

    [Fact]
    public void Scanning_text_without_personal_data_allocates_nothing()
    {
        const string Note = "Klant belde om 10:30 over order 98765, bedrag € 45,00; afspraak op 12-03-2025. Gesproken met de klant.";
        Span<PersonalDataMatch> buffer = stackalloc PersonalDataMatch[8];
        PersonalDataScanner.Scan(Note, buffer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = PersonalDataScanner.Scan(Note, buffer);
        var empty = PersonalDataScanner.FindAll(Note);
        foreach (var unexpected in PersonalDataScanner.EnumerateMatches(Note))
        {
            found++;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, found);
        Assert.Empty(empty);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Start_outside_the_text_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalDataScanner.Scan("abc", new PersonalDataMatch[1], 4));
    }
}
