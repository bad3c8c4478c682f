using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Find and replace in text, the one loop behind every Privacy.Kit text redaction (a note through
/// <see cref="FreeTextRedactor"/>, a stream through its streaming methods): scans a stretch of text once and writes it
/// with each item replaced by its kind's redactor, as UTF-16 or (from UTF-8 input) as UTF-8, into a buffer it reuses.
/// </summary>
internal sealed class TextRedactionWriter
{
    private const int MatchBatch = 32;
    private const int StackReplacement = 256;

    private readonly bool utf8;
    private readonly long[] counts = new long[TextRedactionCounts.KindCount];
    private char[] chars = [];
    private byte[] bytes = [];
    private char[] decoded = [];

    // While writing UTF-8: the next input byte to copy through, and whether every character is one byte.
    private int sourcePosition;
    private bool ascii;

    /// <summary>Initializes a writer that writes UTF-16 (<paramref name="utf8"/> false) or, from UTF-8 input, UTF-8.</summary>
    public TextRedactionWriter(bool utf8) => this.utf8 = utf8;

    /// <summary>Gets the number of characters (UTF-16) or bytes (UTF-8) written since <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the UTF-16 output.</summary>
    public ReadOnlySpan<char> Chars => chars.AsSpan(0, Length);

    /// <summary>Gets the UTF-16 output as memory, for asynchronous writers.</summary>
    public ReadOnlyMemory<char> CharMemory => chars.AsMemory(0, Length);

    /// <summary>Gets the UTF-8 output.</summary>
    public ReadOnlyMemory<byte> Bytes => bytes.AsMemory(0, Length);

    /// <summary>Gets the items replaced since <see cref="Clear"/>, per kind (indexed by <see cref="PersonalDataKind"/>).</summary>
    public ReadOnlySpan<long> Counts => counts;

    /// <summary>Forgets the output and the counts, keeping the buffers.</summary>
    public void Clear()
    {
        Length = 0;
        Array.Clear(counts);
    }

    /// <summary>
    /// Writes <paramref name="text"/> from <paramref name="start"/> on with every item that starts before
    /// <paramref name="cut"/> replaced, up to the cut or the end of the last such item, whichever is later. Text before
    /// <paramref name="start"/> is read only as context, text after the cut only to see an item whole.
    /// </summary>
    /// <param name="text">The text, with context before <paramref name="start"/> and after <paramref name="cut"/>.</param>
    /// <param name="start">Where writing starts.</param>
    /// <param name="cut">Where the last item to replace starts before.</param>
    /// <param name="redactors">Each kind's redactor.</param>
    /// <param name="cues">The word cues the scanner looks for: the built-in ones plus a user's special-category terms.</param>
    /// <returns>Where the written text ends: the cut, or the end of an item that straddles it.</returns>
    public int Redact(ReadOnlySpan<char> text, int start, int cut, KindRedactors redactors, WordCues cues) => Redact(text, start, cut, redactors, cues, default, 0, ascii: false);

    /// <summary>
    /// Decodes <paramref name="utf8"/> and writes it as UTF-8 like <see cref="Redact(ReadOnlySpan{char}, int, int, KindRedactors, WordCues)"/>,
    /// with positions in bytes. The text around the items is copied through as the input's bytes, not encoded again.
    /// </summary>
    /// <param name="utf8">The context, the segment and the text after its cut.</param>
    /// <param name="start">Where the segment starts, at a character.</param>
    /// <param name="cut">Where the segment ends, at a character.</param>
    /// <param name="redactors">Each kind's redactor.</param>
    /// <param name="cues">The word cues the scanner looks for.</param>
    /// <param name="final">Whether <paramref name="utf8"/> ends where the input ends (else it may end inside a character).</param>
    /// <param name="invalidAt">The first byte before the cut that is not valid UTF-8 (nothing is written then); -1 when all are valid.</param>
    /// <returns>Where the written text ends, in bytes.</returns>
    public int RedactUtf8(ReadOnlySpan<byte> utf8, int start, int cut, KindRedactors redactors, WordCues cues, bool final, out int invalidAt)
    {
        if (decoded.Length < utf8.Length)
        {
            decoded = new char[utf8.Length];
        }

        // The context and the segment must be valid; after the cut the text is read up to any invalid byte, which the next segment reports.
        invalidAt = -1;
        if (Utf8.ToUtf16(utf8[..start], decoded, out var read, out var startChar, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            invalidAt = read;
            return cut;
        }

        if (Utf8.ToUtf16(utf8[start..cut], decoded.AsSpan(startChar), out read, out var segmentChars, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            invalidAt = start + read;
            return cut;
        }

        var cutChar = startChar + segmentChars;
        Utf8.ToUtf16(utf8[cut..], decoded.AsSpan(cutChar), out var readAfter, out var charsAfter, replaceInvalidSequences: false, isFinalBlock: final);

        // As many characters as bytes: all ASCII, so a character's position is its byte's.
        var ascii = cutChar + charsAfter == cut + readAfter;
        Redact(decoded.AsSpan(0, cutChar + charsAfter), startChar, cutChar, redactors, cues, utf8, start, ascii);
        return sourcePosition;
    }

    private int Redact(ReadOnlySpan<char> text, int start, int cut, KindRedactors redactors, WordCues cues, ReadOnlySpan<byte> source, int sourceStart, bool ascii)
    {
        Span<PersonalDataMatch> matches = stackalloc PersonalDataMatch[MatchBatch];
        sourcePosition = sourceStart;
        this.ascii = ascii;
        var nextCue = PersonalDataScanner.CueNotSearched;
        var copied = start;
        var scanFrom = start;
        while (true)
        {
            var found = PersonalDataScanner.Scan(text, matches, scanFrom, ref nextCue, cues);
            for (var i = 0; i < found; i++)
            {
                var match = matches[i];
                if (match.Start >= cut)
                {
                    return Finish(text, copied, cut, source);
                }

                Append(text[copied..match.Start], source);
                AppendRedacted(redactors.For(match.Kind), text.Slice(match.Start, match.Length));
                counts[(int)match.Kind]++;
                copied = match.End;
            }

            if (found < MatchBatch)
            {
                return Finish(text, copied, cut, source);
            }

            scanFrom = copied;
        }
    }

    private int Finish(ReadOnlySpan<char> text, int copied, int cut, ReadOnlySpan<byte> source)
    {
        var end = Math.Max(copied, cut);
        Append(text[copied..end], source);
        return end;
    }

    /// <summary>Appends text that stays: its characters, or (UTF-8) the input's bytes it was decoded from.</summary>
    private void Append(ReadOnlySpan<char> text, ReadOnlySpan<byte> source)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (!utf8)
        {
            text.CopyTo(CharSpace(text.Length));
            Length += text.Length;
            return;
        }

        var byteCount = SourceBytes(text);
        source.Slice(sourcePosition, byteCount).CopyTo(ByteSpace(byteCount));
        sourcePosition += byteCount;
        Length += byteCount;
    }

    private void AppendRedacted(Redactor redactor, ReadOnlySpan<char> item)
    {
        var length = redactor.GetRedactedLength(item);
        if (!utf8)
        {
            Length += redactor.Redact(item, CharSpace(length));
            return;
        }

        sourcePosition += SourceBytes(item);
        char[]? rented = length > StackReplacement ? ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> replacement = rented ?? stackalloc char[StackReplacement];
        var written = redactor.Redact(item, replacement);

        // A replacement ends inside no surrogate pair, so it is encoded as a whole.
        Utf8.FromUtf16(replacement[..written], ByteSpace(written * 3), out _, out var encoded, replaceInvalidSequences: true, isFinalBlock: true);
        Length += encoded;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>How many input bytes <paramref name="text"/> was decoded from.</summary>
    private int SourceBytes(ReadOnlySpan<char> text) => ascii ? text.Length : Encoding.UTF8.GetByteCount(text);

    private Span<char> CharSpace(int needed)
    {
        if (chars.Length - Length < needed)
        {
            Array.Resize(ref chars, Math.Max(Length + needed, chars.Length * 2));
        }

        return chars.AsSpan(Length);
    }

    private Span<byte> ByteSpace(int needed)
    {
        if (bytes.Length - Length < needed)
        {
            Array.Resize(ref bytes, Math.Max(Length + needed, bytes.Length * 2));
        }

        return bytes.AsSpan(Length);
    }
}
