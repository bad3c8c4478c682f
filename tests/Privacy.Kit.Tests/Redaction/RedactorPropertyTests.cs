using System.Globalization;
using System.Net;
using CsCheck;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Redaction;
using Privacy.Kit.Tests.Text.Corpus;

namespace Privacy.Kit.Tests.Redaction;

public class RedactorPropertyTests
{
    private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static readonly Gen<string> Tag = Gen.String[Gen.Char.AlphaNumeric, 1, 12].Select(t => "T" + t);

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char, 0, 40],
        Gen.String[Gen.Char["0123456789 +-()./:@abcdefXYZ%"], 0, 40],
        Gen.OneOf(string.Empty, " ", "\t\n", "\ud800", "\udc00x", "a\ud83d\ude00b", ":", "::", "@", "x:y"));

    /// <summary>Any text, half the time with the <c>:Tag</c> discriminator Microsoft's logger appends.</summary>
    private static readonly Gen<string> AnyLoggedText = Gen.Select(AnyText, Tag, Gen.Bool, (text, tag, withTag) => withTag ? text + ":" + tag : text);

    /// <summary>Every configured redactor: each kind by default and with a key, plus the first-six card display.</summary>
    public static TheoryData<string, string> Redactors()
    {
        var data = new TheoryData<string, string>();
        foreach (PersonalDataKind kind in PrivacyClassificationSets.Kinds)
        {
            data.Add(kind.ToString(), "default");
            data.Add(kind.ToString(), "keyed");
        }

        data.Add(nameof(PersonalDataKind.PaymentCard), "first-six");
        return data;
    }

    private static Redactor Create(string kind, string configuration)
    {
        var options = new PrivacyKitRedactionOptions();
        if (configuration == "keyed")
        {
            options.PseudonymizationKey = Key;
            options.Overrides[kind] = kind == nameof(PersonalDataKind.PersonalData) ? RedactionMode.Default : RedactionMode.Pseudonymize;
        }

        if (configuration == "first-six")
        {
            options.PaymentCardDisplay = PaymentCardDisplay.FirstSixLastFour;
        }

        return new PrivacyKitRedactors(options).For(Enum.Parse<PersonalDataKind>(kind));
    }

    [Theory]
    [MemberData(nameof(Redactors))]
    public void Redacted_length_equals_what_redact_writes_for_any_input(string kind, string configuration)
    {
        Redactor redactor = Create(kind, configuration);
        AnyLoggedText.Sample(input =>
        {
            int length = redactor.GetRedactedLength(input);
            var buffer = new char[length + 8];
            Assert.Equal(length, redactor.Redact(input, buffer));
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(Redactors))]
    public void Measuring_first_gives_the_output_an_unmeasured_redaction_gives_for_any_input(string kind, string configuration)
    {
        Redactor redactor = Create(kind, configuration);
        AnyLoggedText.Sample(input =>
        {
            var unmeasured = new char[Math.Max(MaskingRedactor.MaxMaskedLength, (input.Length * 4) + 64)];
            string expected = new(unmeasured, 0, redactor.Redact(input, unmeasured));

            Assert.Equal(expected, RedactorAssert.Redact(redactor, input));
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(Redactors))]
    public void Same_input_always_gives_same_output(string kind, string configuration)
    {
        Redactor redactor = Create(kind, configuration);
        Redactor again = Create(kind, configuration);
        AnyText.Sample(text => Assert.Equal(RedactorAssert.Redact(redactor, text), RedactorAssert.Redact(again, text)), iter: 500);
    }

    [Theory]
    [MemberData(nameof(Redactors))]
    public void Megabyte_input_is_redacted_without_error(string kind, string configuration)
    {
        Redactor redactor = Create(kind, configuration);
        const string Pattern = "ab1 @.:\ud800-";
        string large = string.Create(1 << 20, 0, static (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Pattern[i % Pattern.Length];
            }
        });

        // Free text keeps everything but its items, so it is bounded by the input instead.
        int limit = kind == nameof(PersonalDataKind.FreeText) ? large.Length : MaskingRedactor.MaxMaskedLength;
        Assert.True(RedactorAssert.Redact(redactor, large).Length <= limit);
    }

    [Fact]
    public void Phone_number_output_holds_only_country_code_and_last_two_digits()
    {
        Gen<(string CountryCode, string Subscriber)> numbers = Gen.Select(
            Gen.OneOf("1", "7", "31", "32", "49", "358", "971"),
            Gen.String[Gen.Char['0', '9'], 7, 10]);
        numbers.Sample(n =>
        {
            string redacted = RedactorAssert.Redact(PhoneNumberRedactor.Instance, "+" + n.CountryCode + " " + n.Subscriber);
            Assert.Equal("+" + n.CountryCode + "***" + n.Subscriber[^2..], redacted);
        });
    }

    [Fact]
    public void Phone_number_with_00_and_any_separators_reads_like_the_plain_international_form()
    {
        Gen<string> separator = Gen.OneOf(string.Empty, " ", "-", ".", "/", " (0)", ") ");
        Gen.Select(Gen.OneOf("1", "7", "20", "31", "44", "98", "212", "358", "971"), Gen.String[Gen.Char['0', '9'], 6, 11], separator, separator)
            .Sample((countryCode, subscriber, first, second) =>
            {
                int split = subscriber.Length / 2;
                string written = "00" + countryCode + first + subscriber[..split] + second + subscriber[split..];
                string plain = "+" + countryCode + subscriber;

                Assert.Equal(RedactorAssert.Redact(PhoneNumberRedactor.Instance, plain), RedactorAssert.Redact(PhoneNumberRedactor.Instance, written));
            });
    }

    [Fact]
    public void Email_output_never_holds_the_local_part_beyond_its_first_character()
    {
        Gen<(string Local, string Domain)> addresses = Gen.Select(
            Gen.String[Gen.Char.AlphaNumeric, 2, 30],
            Gen.String[Gen.Char['a', 'z'], 3, 12]);
        addresses.Sample(a =>
        {
            string redacted = RedactorAssert.Redact(PrivacyKitRedactors.Default.For(PersonalDataKind.EmailAddress), a.Local + "@" + a.Domain + "-corp.com:Email");
            Assert.Equal(a.Local[0] + "***@***.com", redacted);
        });
    }

    [Fact]
    public void Payment_card_output_holds_only_the_last_four_digits()
    {
        Gen.String[Gen.Char['0', '9'], 15, 15].Sample(body =>
        {
            string number = "4" + body + LuhnCheckDigit("4" + body);
            Assert.Equal("***" + number[^4..], RedactorAssert.Redact(PaymentCardRedactor.LastFour, number));
        });
    }

    [Fact]
    public void Iban_output_holds_only_country_code_and_last_four()
    {
        Gen.String[Gen.Char['0', '9'], 10, 10].Sample(account =>
        {
            string iban = CheckDigits.Iban("NL", "ABNA" + account);
            Assert.Equal("NL***" + account[^4..], RedactorAssert.Redact(BankAccountRedactor.Instance, iban));
        });
    }

    [Fact]
    public void Ipv4_output_zeroes_the_last_octet()
    {
        Gen.Byte.Array[4].Sample(octets =>
        {
            string address = string.Join('.', octets);
            Assert.Equal($"{octets[0]}.{octets[1]}.{octets[2]}.0", RedactorAssert.Redact(IpAddressRedactor.Instance, address + ":ClientIp"));
        });
    }

    [Fact]
    public void Ipv6_output_keeps_only_the_first_48_bits()
    {
        Gen.UShort.Array[8].Sample(groups =>
        {
            string address = string.Join(':', groups.Select(g => g.ToString("x", CultureInfo.InvariantCulture)));
            string expected = string.Join(':', groups.Take(3).Select(g => g.ToString("x", CultureInfo.InvariantCulture))) + "::";
            Assert.Equal(expected, RedactorAssert.Redact(IpAddressRedactor.Instance, address));
        });
    }

    [Fact]
    public void Ipv6_in_any_written_form_keeps_the_first_48_bits_as_the_framework_reads_them()
    {
        // IPAddress writes the compressed RFC 5952 form ("2001:db8::1", "::ffff:1.2.3.4"); both must read the same.
        Gen.Select(Gen.Byte.Array[16], Gen.Int[0, 3]).Sample((bytes, zeroRun) =>
        {
            bytes.AsSpan(4, zeroRun * 2).Clear();
            var address = new IPAddress(bytes);
            ushort Group(int i) => (ushort)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]);
            string expected = $"{Group(0):x}:{Group(1):x}:{Group(2):x}::";
            Assert.Equal(expected, RedactorAssert.Redact(IpAddressRedactor.Instance, address.ToString()));
        });
    }

    [Fact]
    public void Text_the_framework_rejects_as_an_address_is_hidden_entirely() => RejectedAddressesAreHidden(seed: null);

    [Theory]
    [InlineData("9Ep24Id0Yr81")] // "6eAd:5::b:DB9B8Ad7068" was read as the address "6eAd:5::b" plus a logger tag.
    [InlineData("64ujQri6-e-1")] // "a:::D7Cf6Cac82287Cf" was read as "a::" plus a tag.
    public void Text_the_framework_rejects_as_an_address_is_hidden_entirely_for_the_seeds_that_once_failed(string seed) =>
        RejectedAddressesAreHidden(seed);

    [Theory]
    [InlineData("6eAd:5::b:DB9B8Ad7068")]
    [InlineData("a:::D7Cf6Cac82287Cf")]
    public void A_hex_only_suffix_is_not_taken_for_a_logger_tag(string text)
    {
        Assert.Equal("***", RedactorAssert.Redact(IpAddressRedactor.Instance, text));
    }

    private static void RejectedAddressesAreHidden(string? seed) =>
        Gen.String[Gen.Char["0123456789abcdefABCDEF:"], 0, 45].Sample(
            text =>
            {
                // The framework accepts forms the redactor refuses (a bare number as IPv4), never the other way round.
                if (!IPAddress.TryParse(text, out _))
                {
                    Assert.Equal("***", RedactorAssert.Redact(IpAddressRedactor.Instance, text));
                }
            },
            seed: seed);

    private static char LuhnCheckDigit(string payload)
    {
        int sum = 0;
        for (int i = 0; i < payload.Length; i++)
        {
            int digit = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
