using System.IO.Pipelines;
using System.Text;
using CsCheck;
using Privacy.Kit.Redaction;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Redaction;

/// <summary>The streaming API of <see cref="FreeTextRedactor"/>: the string API's output, for text of any length, read in any pieces.</summary>
public sealed class FreeTextStreamingTests
{
    private static readonly FreeTextRedactor Tags = new(new KindTagRedactors());

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

        Assert.Equal(input, RedactUtf8(Tags, input).Output);
    }

    [Fact]
    public void A_byte_order_mark_is_kept()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "Bel 06-12345678\r\n"u8];

        Assert.Equal([0xEF, 0xBB, 0xBF, .. "Bel [PhoneNumber]\r\n"u8], RedactUtf8(Tags, input).Output);
    }

    [Fact]
    public void Items_are_replaced_counted_and_everything_else_is_kept()
    {
        var (output, counts) = RedactUtf8(Tags, Encoding.UTF8.GetBytes("Bel 06-12345678 of mail jan@bakker.nl.\r\nBSN: 111222333\n"));

        Assert.Equal("Bel [PhoneNumber] of mail [EmailAddress].\r\nBSN: [NationalId]\n", Encoding.UTF8.GetString(output));
        Assert.Equal(3, counts.Total);
        Assert.Equal(1, counts[PersonalDataKind.NationalId]);
    }

    [Fact]
    public void The_default_redactor_masks_each_item_as_its_kinds_field()
    {
        using var output = new StringWriter();

        FreeTextRedactor.Default.Redact(new StringReader("Bel 06-12345678 terug"), output);

        Assert.Equal("Bel ***78 terug", output.ToString());
    }

    [Fact]
    public void An_item_straddling_a_segment_cut_is_replaced_whole()
    {
        var padding = new string('x', 3000);
        var text = padding + " IBAN NL91 ABNA 0417 1643 00 " + padding;
        var cutInsideIban = text.IndexOf("ABNA", StringComparison.Ordinal);
        var redactor = new FreeTextRedactor(new KindTagRedactors()) { SegmentLength = cutInsideIban, Parallelism = 2 };

        Assert.Equal(padding + " IBAN [BankAccount] " + padding, RedactText(redactor, text));
    }

    [Fact]
    public void Streaming_in_any_pieces_and_segments_equals_the_string_api()
    {
        Gen.Select(Gen.Int[0, Fragments.Length - 1].Array[1, 150], Gen.Int[1, 4000], Gen.Int[1, 3], Gen.Int[1, 9000])
            .Sample((picks, segmentLength, parallelism, readSize) =>
            {
                var text = string.Concat(picks.Select(i => Fragments[i]));
                var redactor = new FreeTextRedactor(new KindTagRedactors()) { SegmentLength = segmentLength, Parallelism = parallelism };

                var streamed = RedactUtf8(redactor, Encoding.UTF8.GetBytes(text), readSize).Output;

                Assert.Equal(Tags.Redact(text), Encoding.UTF8.GetString(streamed));
            }, iter: 300);
    }

    [Fact]
    public void Streaming_corpus_notes_in_any_segments_equals_redacting_each_note()
    {
        var notes = new ContactCenterCorpus(seed: 11).Notes(400).Select(note => note.Text).ToList();
        var text = string.Join('\n', notes);
        var expected = string.Join('\n', notes.Select(FreeTextRedactor.Default.Redact));

        Gen.Select(Gen.Int[64, 20_000], Gen.Int[1, 3]).Sample((segmentLength, parallelism) =>
        {
            var redactor = new FreeTextRedactor(() => KindRedactors.From(PrivacyKitRedactors.Default)) { SegmentLength = segmentLength, Parallelism = parallelism };

            Assert.Equal(expected, RedactText(redactor, text));
        }, iter: 40);
    }

    [Fact]
    public void Multi_byte_characters_split_across_reads_come_out_whole()
    {
        var text = string.Concat(Enumerable.Repeat("ĳs € 🐦 straße, bel 06-12345678 — 日本語\n", 50));
        var bytes = Encoding.UTF8.GetBytes(text);

        Gen.Int[1, 7].Sample(readSize =>
        {
            var streamed = RedactUtf8(Tags, bytes, readSize).Output;

            Assert.Equal(Tags.Redact(text), Encoding.UTF8.GetString(streamed));
        }, iter: 20);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_offset_whatever_the_read_size()
    {
        byte[] input = [.. "Bel 06-12345678 "u8, 0xC3, 0x28, .. " einde"u8];

        Gen.Int[1, 20].Sample(readSize =>
        {
            var error = Assert.Throws<InvalidUtf8Exception>(() => RedactUtf8(Tags, input, readSize));

            Assert.Equal(16, error.ByteOffset);
        }, iter: 20);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_offset_whatever_the_segments()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Bel 06-12345678 — ĳs 🐦\n", 400))), 0xC3, 0x28, .. " einde"u8];
        var invalidAt = input.Length - 8;

        // The input is longer than any of these windows, so the offset counts the windows before.
        Gen.Select(Gen.Int[64, 600], Gen.Int[1, 3]).Sample((segmentLength, parallelism) =>
        {
            var redactor = new FreeTextRedactor(new KindTagRedactors()) { SegmentLength = segmentLength, Parallelism = parallelism };

            var error = Assert.Throws<InvalidUtf8Exception>(() => RedactUtf8(redactor, input));

            Assert.Equal(invalidAt, error.ByteOffset);
        }, iter: 30);
    }

    [Fact]
    public void A_utf8_sequence_cut_off_at_the_end_is_invalid()
    {
        byte[] input = [.. "tekst "u8, 0xE2, 0x82];

        var error = Assert.Throws<InvalidUtf8Exception>(() => RedactUtf8(Tags, input));

        Assert.Equal(6, error.ByteOffset);
    }

    [Fact]
    public async Task A_text_reader_and_writer_get_the_same_output_asynchronously()
    {
        const string Text = "Bel 06-12345678 of mail jan@bakker.nl.\nDank!";
        await using var output = new StringWriter();

        var counts = await Tags.RedactAsync(new StringReader(Text), output);

        Assert.Equal(Tags.Redact(Text), output.ToString());
        Assert.Equal(2, counts.Total);
    }

    [Fact]
    public async Task Pipes_get_the_same_output_as_streams()
    {
        var input = Encoding.UTF8.GetBytes("Bel 06-12345678 of mail jan@bakker.nl.\r\nBSN: 111222333\n");
        var inbound = new Pipe();
        var outbound = new Pipe();
        await inbound.Writer.WriteAsync(input);
        await inbound.Writer.CompleteAsync();

        var counts = await Tags.RedactUtf8Async(inbound.Reader, outbound.Writer);
        await outbound.Writer.CompleteAsync();
        using var redacted = new MemoryStream();
        await outbound.Reader.CopyToAsync(redacted);

        Assert.Equal(RedactUtf8(Tags, input).Output, redacted.ToArray());
        Assert.Equal(3, counts.Total);
    }

    [Fact]
    public void Memory_does_not_grow_with_the_input()
    {
        var redactor = new FreeTextRedactor(() => KindRedactors.From(PrivacyKitRedactors.Default)) { Parallelism = 1 };
        var note = Encoding.UTF8.GetBytes("Klant belde, bel 06-12345678 of mail jan.devries@gmail.com, IBAN NL91 ABNA 0417 1643 00.\n");
        AllocatedRedacting(redactor, note, 1 << 20); // Warm up: buffers, the scanner's and redactors' statics.

        var small = AllocatedRedacting(redactor, note, 2 << 20);
        var large = AllocatedRedacting(redactor, note, 20 << 20);

        Assert.True(large - small < 64 * 1024, $"2 MB allocated {small:N0} bytes, 20 MB allocated {large:N0} bytes");
    }

    private static long AllocatedRedacting(FreeTextRedactor redactor, byte[] note, long length)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        redactor.RedactUtf8(new PatternStream(note, length), Stream.Null);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string RedactText(FreeTextRedactor redactor, string text)
    {
        using var output = new StringWriter();
        redactor.Redact(new StringReader(text), output);
        return output.ToString();
    }

    private static (byte[] Output, TextRedactionCounts Counts) RedactUtf8(FreeTextRedactor redactor, byte[] input, int readSize = int.MaxValue)
    {
        using var output = new MemoryStream();
        var counts = redactor.RedactUtf8(new PatternStream(input, readSize), output);
        return (output.ToArray(), counts);
    }
}
