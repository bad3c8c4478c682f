using System.Globalization;
using System.Numerics;
using CsCheck;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

public sealed class ChecksumsTests
{
    private static readonly Gen<byte[]> EightDigits = Gen.Byte[0, 9].Array[8];

    [Fact]
    public void Bsn_with_its_computed_check_digit_passes_the_eleven_proof()
    {
        EightDigits.Where(d => CheckDigits.Bsn(d) < 10 && !d.All(x => x == 0)).Sample(body =>
        {
            Assert.True(Checksums.IsValidBsn([.. body, (byte)CheckDigits.Bsn(body)]));
        });
    }

    [Fact]
    public void Bsn_with_any_single_wrong_digit_fails_the_eleven_proof()
    {
        EightDigits.Where(d => CheckDigits.Bsn(d) < 10).Select(Gen.Int[0, 8], Gen.Byte[1, 9]).Sample((body, position, delta) =>
        {
            byte[] bsn = [.. body, (byte)CheckDigits.Bsn(body)];
            bsn[position] = (byte)((bsn[position] + delta) % 10);
            Assert.False(Checksums.IsValidBsn(bsn));
        });
    }

    [Fact]
    public void Luhn_accepts_a_computed_check_digit_and_rejects_any_single_wrong_digit()
    {
        Gen.Byte[0, 9].Array[12, 18].Select(Gen.Int[0, 100], Gen.Byte[1, 9]).Sample((body, where, delta) =>
        {
            byte[] number = [.. body, CheckDigits.Luhn(body)];
            Assert.True(Checksums.PassesLuhn(number));

            var position = where % number.Length;
            number[position] = (byte)((number[position] + delta) % 10);
            Assert.False(Checksums.PassesLuhn(number));
        });
    }

    [Fact]
    public void Iban_with_computed_check_digits_passes_mod97_and_a_changed_character_fails()
    {
        var bban = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[4].Select(Gen.Char["0123456789"].Array[10], (bank, account) => new string(bank) + new string(account));
        bban.Select(Gen.Int[4, 17], Gen.Int[1, 9]).Sample((body, position, delta) =>
        {
            var iban = CheckDigits.Iban("NL", body);
            Assert.True(Checksums.PassesIbanMod97(iban));

            var changed = iban.ToCharArray();
            changed[position] = char.IsAsciiDigit(changed[position])
                ? (char)('0' + ((changed[position] - '0' + delta) % 10))
                : (char)('A' + ((changed[position] - 'A' + delta) % 26));
            Assert.False(Checksums.PassesIbanMod97(changed));
        });
    }

    [Fact]
    public void Mod97_of_the_longest_ibans_agrees_with_big_integer_arithmetic()
    {
        // 34 characters, letters anywhere: the running value grows past 64 bits unless it is reduced in time.
        Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], 30, 30].Select(Gen.Int[0, 96]).Sample((bban, check) =>
        {
            var iban = $"MT{check:00}{bban}";
            var number = string.Concat($"{bban}MT{check:00}".Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
            Assert.Equal(BigInteger.Parse(number, CultureInfo.InvariantCulture) % 97 == 1, Checksums.PassesIbanMod97(iban));
            Assert.True(Checksums.PassesIbanMod97(CheckDigits.Iban("MT", bban)));
        });
    }

    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("BE68539007547034")]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("FR1420041010050500013M02606")]
    public void Published_example_ibans_pass_mod97(string iban)
    {
        Assert.True(Checksums.PassesIbanMod97(iban));
        Assert.Equal(iban.Length, IbanLengths.Of(iban[0], iban[1]));
    }

    [Fact]
    public void Belgian_national_number_check_holds_for_births_before_and_after_2000()
    {
        Gen.Byte[0, 9].Array[9].Select(Gen.Bool).Sample((body, bornAfter2000) =>
        {
            var value = body.Aggregate(0L, (n, d) => (n * 10) + d) + (bornAfter2000 ? 2_000_000_000L : 0);
            var check = (int)(97 - (value % 97));
            Assert.True(Checksums.IsValidBelgianNationalNumber([.. body, (byte)(check / 10), (byte)(check % 10)]));
        });
    }

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("378282246310005", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("1700000000000", false)]
    [InlineData("4111111111111", true)]
    [InlineData("41111111111111", false)]
    public void Card_issuers_accept_only_issued_prefixes_and_lengths(string number, bool issued)
    {
        Assert.Equal(issued, CardIssuers.IsIssued(CheckDigits.Values(number)));
    }
}
