using Privacy.Kit.Redaction;

namespace Privacy.Kit.Tests.Redaction;

public class MaskingRedactorTests
{
    private static string Redact(PersonalDataKind kind, string value) =>
        RedactorAssert.Redact(PrivacyKitRedactors.Default.For(kind), value);

    [Theory]
    [InlineData("Jan de Vries", "J.d.V.")]
    [InlineData("Anne-Marie O'Brien", "A.M.O.B.")]
    [InlineData("  Émile   Zola ", "É.Z.")]
    public void Person_name_keeps_initials_only(string name, string expected) =>
        Assert.Equal(expected, Redact(PersonalDataKind.PersonName, name));

    [Fact]
    public void Person_name_without_letters_is_hidden_entirely() =>
        Assert.Equal("***", Redact(PersonalDataKind.PersonName, "12345"));

    [Fact]
    public void Person_name_keeps_at_most_eight_initials() =>
        Assert.Equal("a.b.c.d.e.f.g.h.", Redact(PersonalDataKind.PersonName, "a b c d e f g h i j"));

    [Fact]
    public void Email_at_a_public_provider_keeps_first_character_and_domain() =>
        Assert.Equal("j***@gmail.com", Redact(PersonalDataKind.EmailAddress, "jan.devries@gmail.com"));

    [Fact]
    public void Email_at_a_company_domain_keeps_first_character_and_top_level_domain() =>
        Assert.Equal("j***@***.nl", Redact(PersonalDataKind.EmailAddress, "jan@acme-bouw.nl"));

    [Theory]
    [InlineData("no-at-sign.nl")]
    [InlineData("@gmail.com")]
    [InlineData("jan@localhost")]
    [InlineData("jan@@gmail.com")]
    [InlineData("jan@gmail..com")]
    [InlineData("jan de vries@gmail.com")]
    [InlineData(".jan@gmail.com")]
    public void Malformed_email_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.EmailAddress, value));

    [Fact]
    public void Email_public_providers_are_configurable()
    {
        var options = new PrivacyKitRedactionOptions();
        options.PublicMailProviders.Add("example.org");
        var redactors = new PrivacyKitRedactors(options);
        Assert.Equal("p***@example.org", RedactorAssert.Redact(redactors.For(PersonalDataKind.EmailAddress), "piet@example.org"));
    }

    [Theory]
    [InlineData("+31 6 12345678", "+31***78")]
    [InlineData("0031 (0)6-1234 5678", "+31***78")]
    [InlineData("+1 (212) 555-0147", "+1***47")]
    [InlineData("+32 470 12 34 56", "+32***56")]
    [InlineData("+358 40 1234567", "+358***67")]
    [InlineData("06-12345678", "***78")]
    public void Phone_number_keeps_country_code_and_last_two_digits(string value, string expected) =>
        Assert.Equal(expected, Redact(PersonalDataKind.PhoneNumber, value));

    [Theory]
    [InlineData("call me")]
    [InlineData("12345")]
    [InlineData("+31 6 1234 5678 ext 12")]
    [InlineData("+0 123456789")]
    [InlineData("1234567890123456789")]
    public void Malformed_phone_number_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.PhoneNumber, value));

    [Theory]
    [InlineData("NL91 ABNA 0417 1643 00", "NL***4300")]
    [InlineData("be68539007547034", "BE***7034")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE***3000")]
    public void Bank_account_keeps_country_code_and_last_four(string value, string expected) =>
        Assert.Equal(expected, Redact(PersonalDataKind.BankAccount, value));

    [Theory]
    [InlineData("NL92 ABNA 0417 1643 00")]
    [InlineData("1234567890")]
    [InlineData("NL91ABNA04171643001234567890123456789")]
    public void Invalid_iban_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.BankAccount, value));

    [Theory]
    [InlineData("4111 1111 1111 1111", "***1111")]
    [InlineData("5500-0000-0000-0004", "***0004")]
    [InlineData("378282246310005", "***0005")]
    public void Payment_card_keeps_last_four_digits(string value, string expected) =>
        Assert.Equal(expected, Redact(PersonalDataKind.PaymentCard, value));

    [Fact]
    public void Payment_card_keeps_first_six_and_last_four_when_configured()
    {
        var redactors = new PrivacyKitRedactors(new PrivacyKitRedactionOptions { PaymentCardDisplay = PaymentCardDisplay.FirstSixLastFour });
        Assert.Equal("411111***1111", RedactorAssert.Redact(redactors.For(PersonalDataKind.PaymentCard), "4111111111111111"));
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("1700000000000")]
    [InlineData("4111-1111-1111-1111-1111")]
    public void Number_that_fails_luhn_or_length_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.PaymentCard, value));

    [Theory]
    [InlineData("123456782")]
    [InlineData("")]
    [InlineData("anything at all")]
    public void National_id_keeps_nothing(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.NationalId, value));

    [Theory]
    [InlineData("1980-04-23")]
    [InlineData("23-04-1980")]
    [InlineData("23/04/1980 00:00:00")]
    [InlineData("04/23/1980")]
    [InlineData("23.04.1980")]
    [InlineData("19800423")]
    [InlineData("1980-04-23T00:00:00.0000000")]
    public void Date_of_birth_keeps_the_year_only(string value) =>
        Assert.Equal("1980", Redact(PersonalDataKind.DateOfBirth, value));

    [Theory]
    [InlineData("3 februari 1971")]
    [InlineData("March 12, 1971")]
    [InlineData("15th June 1971")]
    [InlineData("1971 mei 17")]
    [InlineData("17-mei-1971")]
    public void Date_of_birth_with_the_month_as_a_word_keeps_the_year_like_a_numeric_one(string value) =>
        Assert.Equal("1971", Redact(PersonalDataKind.DateOfBirth, value));

    [Fact]
    public void Date_of_birth_with_the_month_as_a_word_is_masked_without_allocating_from_the_second_call()
    {
        // Before tiered compilation has optimized the caller, the *InRange span searches allocate on every call.
        var destination = new char[8];
        DateOfBirthRedactor.Instance.Redact("3 februari 1971", destination);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int written = DateOfBirthRedactor.Instance.Redact("4 maart 1972", destination);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("1972", new string(destination, 0, written));
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("1980-02-30")]
    [InlineData("31 februari 1971")]
    [InlineData("17 mei '71")]
    [InlineData("born in spring")]
    [InlineData("1980")]
    [InlineData("13/13/1980")]
    public void Malformed_date_of_birth_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.DateOfBirth, value));

    [Theory]
    [InlineData("Kerkstraat 12, 1234 AB Amsterdam", "1234 **")]
    [InlineData("3511LX", "3511 **")]
    public void Postal_address_keeps_the_numeric_part_of_a_dutch_postcode(string value, string expected) =>
        Assert.Equal(expected, Redact(PersonalDataKind.PostalAddress, value));

    [Theory]
    [InlineData("Kerkstraat 12, Amsterdam")]
    [InlineData("1234 SA Somewhere")]
    [InlineData("0123 AB")]
    [InlineData("Rue de la Loi 16, 1000 Brussel")]
    public void Postal_address_without_a_dutch_postcode_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.PostalAddress, value));

    [Theory]
    [InlineData("192.168.10.42", "192.168.10.0")]
    [InlineData("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::")]
    [InlineData("2001:DB8::1", "2001:db8:0::")]
    [InlineData("fe80::abcd%eth0", "fe80:0:0::")]
    [InlineData("::ffff:192.0.2.1", "0:0:0::")]
    public void Ip_address_is_truncated(string value, string expected) =>
        Assert.Equal(expected, Redact(PersonalDataKind.IpAddress, value));

    [Theory]
    [InlineData("192.168.10.42:8080")]
    [InlineData("256.1.1.1")]
    [InlineData("[::1]")]
    [InlineData("1::2::3")]
    [InlineData("host.example.com")]
    public void Malformed_ip_address_is_hidden_entirely(string value) =>
        Assert.Equal("***", Redact(PersonalDataKind.IpAddress, value));

    [Theory]
    [InlineData(nameof(PersonalDataKind.SpecialCategory))]
    [InlineData(nameof(PersonalDataKind.PersonalData))]
    public void Kind_is_erased_by_default(string kind) =>
        Assert.Equal(string.Empty, Redact(Enum.Parse<PersonalDataKind>(kind), "Jan has diabetes"));

    [Theory]
    [InlineData(nameof(PersonalDataKind.EmailAddress), "jan@gmail.com:Email", "j***@gmail.com")]
    [InlineData(nameof(PersonalDataKind.PhoneNumber), "+31612345678:customer.phone", "+31***78")]
    [InlineData(nameof(PersonalDataKind.IpAddress), "fe80::abcd:ClientIp", "fe80:0:0::")]
    [InlineData(nameof(PersonalDataKind.IpAddress), "fe80::abcd", "fe80:0:0::")]
    [InlineData(nameof(PersonalDataKind.PersonName), "Jan de Vries:Name", "J.d.V.")]
    [InlineData(nameof(PersonalDataKind.DateOfBirth), "1980-04-23:dob", "1980")]
    public void Logger_discriminator_suffix_is_never_written(string kind, string value, string expected) =>
        Assert.Equal(expected, Redact(Enum.Parse<PersonalDataKind>(kind), value));

    [Fact]
    public void Destination_too_small_is_reported_with_its_parameter_name()
    {
        var redactor = PrivacyKitRedactors.Default.For(PersonalDataKind.PhoneNumber);
        var exception = Assert.Throws<ArgumentException>(() => redactor.Redact("+31612345678", new char[3]));
        Assert.Equal("destination", exception.ParamName);
    }
}
