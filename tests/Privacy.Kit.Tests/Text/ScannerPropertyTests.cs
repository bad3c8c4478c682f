using CsCheck;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

public sealed class ScannerPropertyTests
{
    [Fact]
    public void Any_text_gives_ordered_non_overlapping_matches_inside_the_text()
    {
        var text = Gen.String[Gen.Char["0123456789 +@:.-/()abcNLBSNAZaz\n,'"], 0, 200];
        text.Sample(s =>
        {
            var matches = PersonalDataScanner.FindAll(s);
            var end = 0;
            foreach (var match in matches)
            {
                Assert.True(match.Start >= end && match.Length > 0 && match.End <= s.Length);
                end = match.End;
            }
        });
    }

    [Fact]
    public void Any_valid_bsn_after_a_cue_is_found_whole_with_high_confidence()
    {
        Gen.Byte[0, 9].Array[8].Where(d => CheckDigits.Bsn(d) < 10 && d.Any(x => x != 0)).Sample(body =>
        {
            var bsn = string.Concat(body) + CheckDigits.Bsn(body);
            var note = $"BSN: {bsn}.";

            Assert.Equal((bsn, PersonalDataKind.NationalId, MatchConfidence.High), Scanned.Single(note));
        });
    }

    [Fact]
    public void Any_valid_nl_iban_is_found_compact_or_grouped()
    {
        var bban = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[4].Select(Gen.Char["0123456789"].Array[10], (bank, account) => new string(bank) + new string(account));
        bban.Select(Gen.Bool).Sample((body, grouped) =>
        {
            var iban = CheckDigits.Iban("NL", body);
            var written = grouped ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;

            Assert.Equal((written, PersonalDataKind.BankAccount, MatchConfidence.High), Scanned.Single($"naar {written} overmaken"));
        });
    }

    [Fact]
    public void Any_dutch_mobile_number_is_found_in_every_separator_style()
    {
        Gen.Char["0123456789"].Array[8].Select(Gen.Int[0, 4]).Sample((digits, style) =>
        {
            var rest = new string(digits);
            var written = style switch
            {
                0 => "06" + rest,
                1 => "06-" + rest,
                2 => $"06 {rest[..2]} {rest[2..4]} {rest[4..6]} {rest[6..]}",
                3 => "+31 6 " + rest,
                _ => "+31 (0)6-" + rest,
            };

            var item = Scanned.Single($"bel {written} terug");

            Assert.Equal((written, PersonalDataKind.PhoneNumber), (item.Value, item.Kind));
        });
    }
}
