using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

/// <summary>Forms the peers' test data showed the scanner missing or misreading; each was a bug.</summary>
public sealed class PeerFormsTests
{
    [Theory]
    [InlineData("BE 03 7310 1866 4084")]
    [InlineData("NO 02 15037577003")]
    [InlineData("NO 21 650 405 251 19")]
    [InlineData("BE32 123-4567890-02")]
    [InlineData("ES15-0049-1806-9121-1186-9374")]
    [InlineData("ES10 0075 0080 11 0600658108")]
    [InlineData("NO07.8380.08.06006")]
    [InlineData("be 54 9799 7279 3197")]
    [InlineData("LV80 BANK 0000 4351 9500 1")]
    [InlineData("nl91 abna 0417 1643 00")]
    public void Ibans_in_the_groupings_banks_print_are_found_whole(string iban)
    {
        Assert.Equal((iban, PersonalDataKind.BankAccount), Scanned.Kinded(Scanned.Single($"Graag terugstorten op {iban} alstublieft.")));
    }

    [Theory]
    [InlineData("AL47 2121 1009 0000 0002 3569 8740")]
    [InlineData("AL47 212A 1009 0000 0002 3569 874")]
    [InlineData("CY17 0020 0128 0000 0012 0052 7601")]
    [InlineData("RS35 2600 0560 1001 6113 70")]
    [InlineData("AB150120690000003111141")]
    public void Iban_shaped_codes_that_fail_the_check_yield_no_phone_or_card_number(string code)
    {
        Assert.Empty(Scanned.Items(code));
    }

    [Fact]
    public void A_cue_word_after_a_short_iban_starts_its_own_item()
    {
        Assert.Contains(("111222333", PersonalDataKind.NationalId), Scanned.Items("NL91ABNA041716430 BSN 111222333").Select(Scanned.Kinded));
    }

    [Theory]
    [InlineData("我的电话号是0644444444.", "0644444444")]
    [InlineData("我的电话号是+447700 900 397.", "+447700 900 397")]
    [InlineData("電話番号は+31 (0) 6 123 45678です", "+31 (0) 6 123 45678")]
    public void Phone_numbers_directly_after_non_latin_letters_are_found(string text, string phone)
    {
        Assert.Equal((phone, PersonalDataKind.PhoneNumber), Scanned.Kinded(Scanned.Single(text)));
    }

    [Fact]
    public void A_number_glued_to_a_latin_word_is_still_part_of_the_word()
    {
        Assert.Empty(Scanned.Items("artikel ABC0644444444"));
    }

    [Theory]
    [InlineData("0800 12 345")]
    [InlineData("090012345")]
    [InlineData("030 123456")]
    [InlineData("0180 1 2345")]
    [InlineData("01512 3456789")]
    [InlineData("0177 99 1234567")]
    [InlineData("0800 1234567890")]
    [InlineData("078791234")]
    [InlineData("0 532 123 45 67")]
    [InlineData("00 49 17612345678")]
    public void National_numbers_in_the_nl_be_and_de_formats_are_found(string phone)
    {
        Assert.Equal((phone, PersonalDataKind.PhoneNumber), Scanned.Kinded(Scanned.Single($"Klant vraagt om terugbellen op {phone} vandaag.")));
    }

    [Theory]
    [InlineData("+31 800 1234")]
    [InlineData("+31 14020")]
    [InlineData("+683 7012")]
    public void Short_international_numbers_are_found(string phone)
    {
        Assert.Equal((phone, PersonalDataKind.PhoneNumber), Scanned.Kinded(Scanned.Single($"Please call the customer back on {phone} today.")));
    }

    [Theory]
    [InlineData("0.000000012 is a decimal")]
    [InlineData("011-12-3456 is a SSN")]
    [InlineData("Form Approved - OMB No. 0560-0155")]
    [InlineData("ordernummer 0612345678")]
    public void Decimals_and_codes_with_a_leading_zero_are_not_phone_numbers(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("Caller's date of birth is 23 10 2011.", "23 10 2011")]
    [InlineData("Geboortedatum klant: 17-mei-2011.", "17-mei-2011")]
    [InlineData("Caller's date of birth is 15.jan.1928.", "15.jan.1928")]
    [InlineData("Caller's date of birth is 12-04-'02.", "12-04-'02")]
    [InlineData("Caller's date of birth is 17 mei '11.", "17 mei '11")]
    [InlineData("Geboortedatum klant: 2011 mei 17.", "2011 mei 17")]
    [InlineData("Geboortedatum klant: 1928.jan.15.", "1928.jan.15")]
    [InlineData("I was born 15th June 1991", "15th June 1991")]
    [InlineData("Caller's date of birth is 5/20/2021.", "5/20/2021")]
    [InlineData("geboren 3 februari 1971", "3 februari 1971")]
    public void Dates_of_birth_in_the_peers_forms_are_found(string text, string date)
    {
        Assert.Equal((date, PersonalDataKind.DateOfBirth), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("Caller's date of birth is 01-01-3018.")]
    [InlineData("Geboortedatum klant: 3018-01-01.")]
    [InlineData("Caller's date of birth is 8/12/1899.")]
    [InlineData("geboren 31-02-1980")]
    public void Impossible_dates_of_birth_are_rejected(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("Inlog kwam vanaf 192.168.1.0/24 volgens de log.", "192.168.1.0/24")]
    [InlineData("Prefix: 2001:db8::/32", "2001:db8::/32")]
    [InlineData("Login came from ::1/128 per the logs.", "::1/128")]
    [InlineData("Use local ipv6 ::", "::")]
    [InlineData("Inlog vanaf fe80::1%eth0 volgens de log.", "fe80::1%eth0")]
    [InlineData("10.0.0.0/123", "10.0.0.0")]
    [InlineData("192.168.2.1@eth0", "192.168.2.1")]
    [InlineData("08.008.08.08 is the ip address", "08.008.08.08")]
    public void Ip_addresses_with_prefix_lengths_zones_and_the_unspecified_address_are_found(string text, string address)
    {
        Assert.Equal((address, PersonalDataKind.IpAddress), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("new postcode NL-2611ET in Utrecht.", "NL-2611ET")]
    [InlineData("postcode 3972 GB", "3972 GB")]
    [InlineData("adres: 6473 DL Hoensbroek", "6473 DL")]
    public void Postcodes_after_a_cue_or_the_country_prefix_are_found_whatever_their_letters(string text, string postcode)
    {
        Assert.Equal((postcode, PersonalDataKind.PostalAddress), Scanned.Kinded(Scanned.Single(text)));
    }

    [Fact]
    public void A_unit_after_four_digits_without_a_cue_is_not_a_postcode()
    {
        Assert.Empty(Scanned.Items("de bijlage is 3972 GB groot"));
    }

    [Theory]
    [InlineData("Both a..bc@outlook.com is not valid")]
    [InlineData("and .abc@hotmail.com is not valid")]
    public void E_mail_addresses_with_a_misplaced_dot_are_rejected(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("(415) 555-0132")]
    [InlineData("415-555-0132")]
    [InlineData("123.456.7890")]
    [InlineData("1-541-754-3010")]
    [InlineData("1 (877) 609-2233")]
    public void North_american_numbers_in_their_usual_shapes_are_found(string phone)
    {
        Assert.Equal((phone, PersonalDataKind.PhoneNumber), Scanned.Kinded(Scanned.Single($"call me at {phone} tomorrow")));
    }

    [Theory]
    [InlineData("917 123 4567")]
    [InlineData("917-123-4567")]
    public void Ten_digits_in_three_groups_without_a_north_american_shape_are_not_phone_numbers(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Fact]
    public void A_doubled_space_inside_an_iban_shaped_code_does_not_free_its_digits()
    {
        Assert.Empty(Scanned.Items("EE38 2200 2210  014 5686"));
    }

    [Theory]
    [InlineData("G T82 TRAJ 0102 0000 0012 1002 9690")]
    [InlineData("0102 0000 0012 1002 9690")]
    public void A_run_of_equal_blocks_longer_than_any_phone_number_yields_no_phone_number(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Fact]
    public void Phone_numbers_in_blocks_next_to_each_other_are_still_found()
    {
        Assert.Equal(
            [("030 1234 5678", PersonalDataKind.PhoneNumber), ("06 1234 5678", PersonalDataKind.PhoneNumber)],
            Scanned.Items("Bel 030 1234 5678 of 06 1234 5678").Select(Scanned.Kinded));
    }

    [Theory]
    [InlineData("My phone number is +44161234567x123.", "+44161234567x123")]
    [InlineData("My phone number is 0161 123 4567 ext. 123.", "0161 123 4567 ext. 123")]
    [InlineData("My phone number is 837.824.1482 x 63888.", "837.824.1482 x 63888")]
    [InlineData("My phone number is 312-515-2239 ext.12", "312-515-2239 ext.12")]
    [InlineData("My phone number is (797)203-4036x470.", "(797)203-4036x470")]
    [InlineData("Bel 030 123 4567 toestel 204 terug", "030 123 4567 toestel 204")]
    [InlineData("OFFICE - 1(516)733-3989", "1(516)733-3989")]
    public void Extensions_and_a_leading_1_before_an_area_code_go_with_the_number(string text, string phone)
    {
        Assert.Equal((phone, PersonalDataKind.PhoneNumber), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("Bel 06-12345678 extra vroeg", "06-12345678")]
    [InlineData("Bel 06-12345678 xyz", "06-12345678")]
    [InlineData("Bel 06-12345678 ext. na 5 uur", "06-12345678")]
    public void A_word_after_a_number_that_only_starts_like_an_extension_stays(string text, string phone)
    {
        Assert.Equal((phone, PersonalDataKind.PhoneNumber), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("The claimant's, d.o.b. is 4 June 1976", "4 June 1976")]
    [InlineData("D.O.B. 12-03-1980", "12-03-1980")]
    public void A_birth_cue_abbreviated_with_full_stops_is_a_birth_cue(string text, string date)
    {
        Assert.Equal((date, PersonalDataKind.DateOfBirth), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("Brief t.a.v. de klant, verstuurd 12-03-1980")]
    [InlineData("Klant belde i.v.m. 12-03-1980")]
    public void Another_abbreviation_with_full_stops_is_no_birth_cue(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Fact]
    public void A_hyphenated_date_with_a_thirteenth_month_is_no_date_of_birth()
    {
        Assert.Empty(Scanned.Items("Geboortedatum klant: 01-13-2018."));
    }

    [Theory]
    [InlineData("Bevestiging sturen naar a@xn--d1acufc.xn--p1ai graag.", "a@xn--d1acufc.xn--p1ai")]
    [InlineData("mail: info@xn--bcher-kva.de", "info@xn--bcher-kva.de")]
    [InlineData("j_9@[129.126.118.1] is a valid email address", "j_9@[129.126.118.1]")]
    [InlineData("write to ops@[IPv6:2001:db8::1] please", "ops@[IPv6:2001:db8::1]")]
    public void E_mail_addresses_with_punycode_domains_and_address_literals_are_found_whole(string text, string address)
    {
        Assert.Equal((address, PersonalDataKind.EmailAddress), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("mail a@[1.2.3] please")]
    [InlineData("mail a@[IPv6:zz::1] please")]
    public void Broken_address_literals_are_no_e_mail_address(string text)
    {
        Assert.DoesNotContain(Scanned.Items(text), item => item.Kind == PersonalDataKind.EmailAddress);
    }

    [Theory]
    [InlineData("122000000000003")]
    [InlineData("4387.2425.6830.6545")]
    [InlineData("4111.1111.1111.1111")]
    public void Uatp_cards_and_card_numbers_grouped_with_dots_are_found(string card)
    {
        Assert.Equal((card, PersonalDataKind.PaymentCard), Scanned.Kinded(Scanned.Single($"kaart {card} geblokkeerd")));
    }

    [Theory]
    [InlineData("versie 4387.2425.6830.6545")]
    [InlineData("build 1234.5678.9012.3456")]
    [InlineData("1234.5678.9012.3456")]
    public void A_dotted_code_that_is_no_valid_card_or_follows_a_version_cue_stays(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("00000100166")]
    [InlineData("00000100195")]
    [InlineData("00000000128")]
    [InlineData("00010000135")]
    [InlineData("85073500107")]
    public void Belgian_national_numbers_with_an_unknown_birth_date_are_national_ids(string number)
    {
        Assert.Equal((number, PersonalDataKind.NationalId), Scanned.Kinded(Scanned.Single(number)));
    }

    [Theory]
    [InlineData("2005NR Utrecht", "2005NR")]
    [InlineData("verhuisd naar 3972 GB Driebergen", "3972 GB")]
    [InlineData("Kerkstraat 1, 6473 DL Heerlen", "6473 DL")]
    public void Postcodes_whose_letters_look_like_a_unit_are_found_before_a_place_name(string text, string postcode)
    {
        Assert.Contains((postcode, PersonalDataKind.PostalAddress), Scanned.Items(text).Select(Scanned.Kinded));
    }

    [Theory]
    [InlineData("geheugen 1500 MB RAM")]
    [InlineData("afstand 2000 KM, daarna")]
    public void A_unit_before_an_acronym_or_nothing_stays(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }
}
