using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

/// <summary>What speech-to-text and agents write in transcripts: numbers and e-mail spoken as words, addresses, identifiers after their cues.</summary>
public sealed class TranscriptTests
{
    [Theory]
    [InlineData("mijn nummer is nul zes, een twee drie vier vijf zes zeven acht", "nul zes, een twee drie vier vijf zes zeven acht", PersonalDataKind.PhoneNumber)]
    [InlineData("u kunt me bellen op nul zes een twee drie vier vijf zes zeven acht.", "nul zes een twee drie vier vijf zes zeven acht", PersonalDataKind.PhoneNumber)]
    [InlineData("my number is zero six double one two three four five six seven", "zero six double one two three four five six seven", PersonalDataKind.PhoneNumber)]
    [InlineData("bel plus drie een zes een twee drie vier vijf zes zeven acht", "plus drie een zes een twee drie vier vijf zes zeven acht", PersonalDataKind.PhoneNumber)]
    [InlineData("mijn bsn is een een een twee twee twee drie drie drie", "een een een twee twee twee drie drie drie", PersonalDataKind.NationalId)]
    [InlineData("card number four one one one one one one one one one one one one one one one", "four one one one one one one one one one one one one one one one", PersonalDataKind.PaymentCard)]
    public void Digits_spoken_as_words_are_recognised_by_kind(string text, string expected, PersonalDataKind kind)
    {
        Assert.Equal((expected, kind), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("ik heb twee of drie keer gebeld")]
    [InlineData("een twee drie vier, hoedje van papier")]
    [InlineData("I called two or three times, about four or five minutes each")]
    [InlineData("bestelling een twee drie vier vijf zes zeven acht negen")]
    [InlineData("nul zes een twee drie")]
    public void Counted_words_and_short_or_reference_runs_are_no_spoken_number(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("mijn mail is jan punt de vries at gmail punt com", "jan punt de vries at gmail punt com")]
    [InlineData("My email is john at gmail.com", "john at gmail.com")]
    [InlineData("stuur het naar info apenstaartje bakker punt nl graag", "info apenstaartje bakker punt nl")]
    [InlineData("that's john dot smith at outlook dot co dot uk", "john dot smith at outlook dot co dot uk")]
    [InlineData("mail de vries at ziggo punt nl", "de vries at ziggo punt nl")]
    public void E_mail_addresses_spoken_as_words_are_found(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.EmailAddress), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("we meet at noon")]
    [InlineData("look at the website dot com page")]
    [InlineData("klant is at home")]
    [InlineData("he is at work punt")]
    public void At_without_a_spoken_domain_is_no_e_mail_address(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("adres: Kerkstraat 12a, 3512 AB Utrecht", "Kerkstraat 12a, 3512 AB Utrecht")]
    [InlineData("klant woont op de Laan van Meerdervoort 1024 in Den Haag", "Laan van Meerdervoort 1024 in Den Haag")]
    [InlineData("nieuw adres is Dorpsstraat 5, Bergen op Zoom.", "Dorpsstraat 5, Bergen op Zoom")]
    [InlineData("woont aan de kerkstraat 7", "kerkstraat 7")]
    [InlineData("she lives at 221B Baker Street, London", "221B Baker Street, London")]
    [InlineData("verhuisd naar Stationsweg 3-II", "Stationsweg 3-II")]
    public void A_street_and_house_number_after_an_address_cue_are_one_address(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.PostalAddress), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("woont al 12 jaar in Utrecht")]
    [InlineData("adres gewijzigd op verzoek van de klant")]
    [InlineData("woont in het buitenland")]
    [InlineData("the address was wrong 3 times")]
    public void Address_cues_without_a_street_and_number_find_nothing(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("klantnummer 4711-0815 gecontroleerd", "4711-0815", PersonalDataKind.PersonalData)]
    [InlineData("klantnummer: 123456782", "123456782", PersonalDataKind.PersonalData)]
    [InlineData("contract number is CN-2024-88123.", "CN-2024-88123", PersonalDataKind.PersonalData)]
    [InlineData("paspoortnummer NXC1234P5", "NXC1234P5", PersonalDataKind.NationalId)]
    [InlineData("passport no. X1234567 checked", "X1234567", PersonalDataKind.NationalId)]
    [InlineData("rijbewijsnummer 5123456789", "5123456789", PersonalDataKind.NationalId)]
    [InlineData("driving licence number MORGA753116SM9IJ", "MORGA753116SM9IJ", PersonalDataKind.NationalId)]
    public void Customer_contract_passport_and_driving_licence_numbers_are_found_after_their_cue(string text, string expected, PersonalDataKind kind)
    {
        Assert.Equal((expected, kind), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("paspoort verlopen, klant maakt afspraak")]
    [InlineData("rijbewijs is gisteren gestolen")]
    [InlineData("klantnummer onbekend")]
    [InlineData("customer number was not given")]
    public void Document_and_customer_cues_without_a_number_find_nothing(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Theory]
    [InlineData("gebruikersnaam jdevries82 geblokkeerd", "jdevries82")]
    [InlineData("username: j.de.vries", "j.de.vries")]
    [InlineData("login: pbakker", "pbakker")]
    [InlineData("zijn inlognaam is sanne_b", "sanne_b")]
    public void User_names_after_their_cue_are_found(string text, string expected)
    {
        Assert.Equal((expected, PersonalDataKind.PersonalData), Scanned.Kinded(Scanned.Single(text)));
    }

    [Theory]
    [InlineData("login failed three times")]
    [InlineData("portal login from the app")]
    [InlineData("gebruikersnaam vergeten, reset gestuurd")]
    [InlineData("inlog werkt niet")]
    public void Login_words_without_a_user_name_find_nothing(string text)
    {
        Assert.Empty(Scanned.Items(text));
    }

    [Fact]
    public void A_user_name_that_is_an_e_mail_address_is_an_e_mail_address()
    {
        Assert.Equal(("jan@bakker.nl", PersonalDataKind.EmailAddress), Scanned.Kinded(Scanned.Single("gebruikersnaam jan@bakker.nl")));
    }

    [Fact]
    public void An_ip_address_after_portal_login_from_is_found()
    {
        Assert.Equal(("81.207.12.4", PersonalDataKind.IpAddress), Scanned.Kinded(Scanned.Single("portal login from 81.207.12.4")));
    }

    [Theory]
    [InlineData("gesproken met mevrouw Anna van den Berg-de Wit over de factuur", "Anna van den Berg-de Wit")]
    [InlineData("mijn naam is Pieter Jan van der Heijden-Smit", "Pieter Jan van der Heijden-Smit")]
    [InlineData("spoke with Mrs. Mary-Jane Watson Parker", "Mary-Jane Watson Parker")]
    [InlineData("gesproken met mijnheer Visser", "Visser")]
    public void Hyphenated_and_double_surnames_are_found_whole(string text, string name)
    {
        Assert.Equal((name, PersonalDataKind.PersonName), Scanned.Kinded(Scanned.Single(text)));
    }
}
