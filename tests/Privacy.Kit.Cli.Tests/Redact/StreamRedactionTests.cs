using System.Text;
using CsCheck;
using Privacy.Kit.Cli.Redact;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Tests.Redact;

public sealed class StreamRedactionTests
{
    private static readonly KindLabelRedactors Labels = new();

    private static readonly string[] Fragments =
    [
        "Klant belde om 10:30 over order 98765. ", "Bel terug op 06-12345678.", "mail jan.devries@gmail.com\r\n",
        "IBAN NL91 ABNA 0417 1643 00 graag\n", "BSN: 111222333;", "Afspraak op 12-03-2025.\r", "geboren op 12 maart 1980 ",
        "ip 192.168.1.20\n", "€ 1.234,56 — ", "ĳsvogel 🐦 straße ", "postcode 1234 AB Utrecht. ", "kaart 4111 1111 1111 1111\n",
        "Mijn naam is Jan de Vries. ", "+31 (0)6 1234 5678", "  \t", "2001:db8::ff00:42:8329 ",
    ];

    [Fact]
    public void Text_without_personal_data_comes_out_byte_for_byte()
    {
        var input = "Regel één\r\nregel twee\nregel drie\rsymbolen € ĳ 🐦 \t einde zonder regeleinde"u8.ToArray();

        Assert.Equal(input, Redact(input).Output);
    }

    [Fact]
    public void A_byte_order_mark_is_kept()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "Bel 06-12345678\r\n"u8];

        Assert.Equal([0xEF, 0xBB, 0xBF, .. "Bel [PhoneNumber]\r\n"u8], Redact(input).Output);
    }

    [Fact]
    public void Items_are_replaced_and_everything_else_is_kept()
    {
        var (output, counts) = Redact(Encoding.UTF8.GetBytes("Bel 06-12345678 of mail jan@bakker.nl.\r\nBSN: 111222333\n"));

        Assert.Equal("Bel [PhoneNumber] of mail [EmailAddress].\r\nBSN: [NationalId]\n", Encoding.UTF8.GetString(output));
        Assert.Equal(3, counts.Total);
        Assert.Equal(1, counts[DetectedDataKind.NationalId]);
    }

    [Fact]
    public void An_item_straddling_a_read_boundary_is_replaced_whole()
    {
        var padding = new string('x', StreamRedaction.Overlap + 10);
        var text = padding + " IBAN NL91 ABNA 0417 1643 00 " + padding;
        var boundaryInsideIban = text.IndexOf("ABNA", StringComparison.Ordinal);

        var (output, _) = Redact(Encoding.UTF8.GetBytes(text), readSize: boundaryInsideIban);

        Assert.Equal(padding + " IBAN [BankAccount] " + padding, Encoding.UTF8.GetString(output));
    }

    [Fact]
    public void Streaming_with_any_read_size_equals_redacting_the_whole_text()
    {
        Gen.Int[0, Fragments.Length - 1].Array[1, 120].Select(Gen.Int[1, 3000]).Sample((picks, readSize) =>
        {
            var text = string.Concat(picks.Select(i => Fragments[i]));

            var streamed = Encoding.UTF8.GetString(Redact(Encoding.UTF8.GetBytes(text), readSize).Output);

            Assert.Equal(RedactWhole(text), streamed);
        }, iter: 200);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_offset()
    {
        byte[] input = [.. "Bel 06-12345678 "u8, 0xC3, 0x28, .. " einde"u8];

        var error = Assert.Throws<InvalidUtf8Exception>(() => Redact(input));

        Assert.Equal(16, error.ByteOffset);
    }

    [Fact]
    public void A_utf8_sequence_cut_off_at_the_end_is_invalid()
    {
        byte[] input = [.. "tekst "u8, 0xE2, 0x82];

        Assert.Throws<InvalidUtf8Exception>(() => Redact(input));
    }

    private static string RedactWhole(string text)
    {
        var result = new StringBuilder();
        var at = 0;
        foreach (var match in PersonalDataScanner.FindAll(text))
        {
            result.Append(text, at, match.Start - at).Append('[').Append(match.Kind).Append(']');
            at = match.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static (byte[] Output, RedactionCounts Counts) Redact(byte[] input, int readSize = 64 * 1024)
    {
        using var output = new MemoryStream();
        var counts = new StreamRedaction(Labels, readSize).Redact(new MemoryStream(input), output);
        return (output.ToArray(), counts);
    }
}
