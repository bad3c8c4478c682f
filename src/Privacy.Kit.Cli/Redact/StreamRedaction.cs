using System.Buffers;
using System.Text;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>
/// Redacts a UTF-8 stream into another in constant memory. Text is decoded into a sliding window; items are replaced
/// only when they start before the window's last <see cref="Overlap"/> characters, so an item straddling a read
/// boundary is always seen whole in a later window, and a little text before each window is kept as context for the
/// cue words. Everything that is not an item is written back unchanged: valid UTF-8 decodes and re-encodes to the same
/// bytes, so line breaks (LF, CRLF, CR) and a byte order mark come out exactly as they came in.
/// </summary>
internal sealed class StreamRedaction
{
    /// <summary>Longer than any item the scanner reports (an e-mail address is at most 318 characters).</summary>
    internal const int Overlap = 1024;

    /// <summary>Enough text before the window for the cue words the scanner reads.</summary>
    internal const int Context = 256;

    private readonly KindRedactors redactors;
    private readonly int readSize;

    /// <param name="redactors">Each kind's redactor.</param>
    /// <param name="readSize">How many bytes to read at a time.</param>
    public StreamRedaction(KindRedactors redactors, int readSize = 64 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(readSize, 1);
        this.redactors = redactors;
        this.readSize = readSize;
    }

    /// <param name="redactors">The provider of each kind's redactor.</param>
    /// <param name="readSize">How many bytes to read at a time.</param>
    public StreamRedaction(IRedactorProvider redactors, int readSize = 64 * 1024)
        : this(KindRedactors.From(redactors), readSize)
    {
    }

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/> with every item replaced.</summary>
    /// <exception cref="InvalidUtf8Exception">The input is not valid UTF-8.</exception>
    public RedactionCounts Redact(Stream input, Stream output)
    {
        var counts = new RedactionCounts();
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[readSize];
        var window = new char[readSize + Overlap + Context + 2];
        Span<PersonalDataMatch> matches = stackalloc PersonalDataMatch[64];
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);

        long bytesRead = 0;
        var length = 0;
        var committed = 0;
        var endOfInput = false;
        while (!endOfInput)
        {
            var read = input.Read(bytes, 0, bytes.Length);
            endOfInput = read == 0;
            length += Decode(decoder, bytes.AsSpan(0, read), window.AsSpan(length), endOfInput, bytesRead);
            bytesRead += read;

            var cut = endOfInput ? length : length - Overlap;
            if (cut <= committed)
            {
                continue;
            }

            committed = ReplaceItems(window.AsSpan(0, length), committed, cut, matches, writer, counts);
            var flushTo = Math.Max(cut, committed);
            writer.Write(window.AsSpan(committed, flushTo - committed));
            committed = flushTo;

            // Slide: keep the uncommitted tail and some context before it.
            var keepFrom = Math.Max(0, committed - Context);
            window.AsSpan(keepFrom, length - keepFrom).CopyTo(window);
            length -= keepFrom;
            committed -= keepFrom;
        }

        writer.Flush();
        return counts;
    }

    private int ReplaceItems(ReadOnlySpan<char> text, int committed, int cut, Span<PersonalDataMatch> matches, StreamWriter writer, RedactionCounts counts)
    {
        var scanFrom = committed;
        var nextCue = PersonalDataScanner.CueNotSearched;
        while (true)
        {
            var found = PersonalDataScanner.Scan(text, matches, scanFrom, ref nextCue);
            foreach (var match in matches[..found])
            {
                if (match.Start >= cut)
                {
                    return committed;
                }

                writer.Write(text[committed..match.Start]);
                WriteReplacement(text.Slice(match.Start, match.Length), match.Kind, writer);
                counts.Add(match.Kind);
                committed = match.End;
            }

            if (found < matches.Length)
            {
                return committed;
            }

            scanFrom = committed;
        }
    }

    private void WriteReplacement(ReadOnlySpan<char> item, DetectedDataKind kind, StreamWriter writer)
    {
        var redactor = redactors.For(kind);
        var length = redactor.GetRedactedLength(item);
        var rented = length > 256 ? ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> destination = rented is null ? stackalloc char[256] : rented;
        var written = redactor.Redact(item, destination);
        writer.Write(destination[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Decode(Decoder decoder, ReadOnlySpan<byte> bytes, Span<char> destination, bool flush, long offset)
    {
        try
        {
            return decoder.GetChars(bytes, destination, flush);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidUtf8Exception(offset + Math.Max(0, e.Index));
        }
    }
}
