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
        Assert.Equal((iban, DetectedDataKind.BankAccount), Kinded(Scanned.Single($"Graag terugstorten op {iban} alstublieft.")));
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
        Assert.Contains(("111222333", DetectedDataKind.NationalId), Scanned.Items("NL91ABNA041716430 BSN 111222333").Select(Kinded));
    }

    [Theory]
    [InlineData("我的电话号是0644444444.", "0644444444")]
    [InlineData("我的电话号是+447700 900 397.", "+447700 900 397")]
    [InlineData("電話番号は+31 (0) 6 123 45678です", "+31 (0) 6 123 45678")]
    public void Phone_numbers_directly_after_non_latin_letters_are_found(string text, string phone)
    {
        Assert.Equal((phone, DetectedDataKind.PhoneNumber), Kinded(Scanned.Single(text)));
    }

    [Fact]
    public void A_number_glued_to_a_latin_word_is_still_part_of_the_word()
    {
        Assert.Empty(Scanned.Items("artikel ABC0644444444"));
    }

    private static (string Value, DetectedDataKind Kind) Kinded((string Value, DetectedDataKind Kind, MatchConfidence Confidence) item) => (item.Value, item.Kind);
}
