using CsCheck;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

public sealed class SubjectPseudonymizerTests
{
    private static readonly SubjectPseudonymizer Pseudonymizer = new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Different_spellings_of_a_phone_number_give_one_pseudonym()
    {
        var expected = Pseudonymizer.Pseudonymize(SubjectId.Phone("+31612345678"));

        Assert.Equal(expected, Pseudonymizer.Pseudonymize(SubjectId.Phone("+31 6 1234 5678")));
        Assert.Equal(expected, Pseudonymizer.Pseudonymize(SubjectId.Phone("0031-6-12345678")));
        Assert.Equal(expected, Pseudonymizer.Pseudonymize(SubjectId.Parse(" +31 (6) 12 34 56 78 ")));
    }

    [Fact]
    public void E_mail_addresses_are_compared_without_case()
    {
        Assert.Equal(Pseudonymizer.Pseudonymize(SubjectId.Email("Jan@Example.NL")), Pseudonymizer.Pseudonymize(SubjectId.Parse("jan@example.nl")));
    }

    [Fact]
    public void A_customer_id_never_collides_with_a_phone_number_of_the_same_text()
    {
        Assert.NotEqual(Pseudonymizer.Pseudonymize(SubjectId.Customer("+31612345678")), Pseudonymizer.Pseudonymize(SubjectId.Phone("+31612345678")));
    }

    [Fact]
    public void Another_key_gives_another_pseudonym_and_fingerprint()
    {
        var other = new SubjectPseudonymizer(new byte[32]);
        var subject = SubjectId.Customer("C-1");

        Assert.NotEqual(Pseudonymizer.Pseudonymize(subject), other.Pseudonymize(subject));
        Assert.NotEqual(Pseudonymizer.KeyFingerprint, other.KeyFingerprint);
    }

    [Fact]
    public void The_pseudonym_is_HMAC_SHA256_of_kind_and_value()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var expected = Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(key, "2:C-1"u8)).ToLowerInvariant();

        Assert.Equal(expected, Pseudonymizer.Pseudonymize(SubjectId.Customer("C-1")).ToString());
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SubjectPseudonymizer(new byte[15]));

        Assert.Contains("16 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0612")]
    [InlineData("+31 6 1234 567a")]
    [InlineData("+0 612345678")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    public void A_text_that_is_no_possible_phone_number_is_refused(string number)
    {
        Assert.Throws<FormatException>(() => SubjectId.Phone(number));
    }

    [Theory]
    [InlineData("jan")]
    [InlineData("@example.nl")]
    [InlineData("jan@")]
    [InlineData("jan@ex ample.nl")]
    [InlineData("a@b@c")]
    public void A_malformed_e_mail_address_is_refused(string address)
    {
        Assert.Throws<FormatException>(() => SubjectId.Email(address));
    }

    [Fact]
    public void ToString_of_a_subject_id_does_not_reveal_it()
    {
        Assert.Equal("phone:***", SubjectId.Phone("+31612345678").ToString());
        Assert.Equal("email:***", SubjectId.Email("jan@example.nl").ToString());
    }

    [Fact]
    public void Pseudonyms_round_trip_through_their_written_form()
    {
        Gen.String.Sample(text =>
        {
            var pseudonym = Pseudonymizer.Pseudonymize(SubjectId.Customer("x" + text));
            return SubjectPseudonym.TryParse(pseudonym.ToString(), out var parsed) && parsed == pseudonym
                && SubjectPseudonym.FromBytes(pseudonym.ToArray()) == pseudonym;
        });
    }

    [Fact]
    public void Separators_and_the_national_form_never_change_a_phone_pseudonym()
    {
        Gen.Select(Gen.Char['0', '9'].Array[8], Gen.OneOf(" ", "-", ".", "").Array[8]).Sample((digits, separators) =>
        {
            var plain = "+316" + new string(digits);
            var spaced = "06" + string.Concat(digits.Select((d, i) => separators[i] + d));
            return Pseudonymizer.Pseudonymize(SubjectId.Phone(plain)) == Pseudonymizer.Pseudonymize(SubjectId.Phone(spaced));
        });
    }
}
