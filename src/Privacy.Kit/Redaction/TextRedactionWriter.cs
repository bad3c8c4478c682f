using System.Buffers;
using System.Text.Unicode;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Find and replace in text, the one loop behind every Privacy.Kit text redaction (a note through
/// <see cref="FreeTextRedactor"/>, a stream through its streaming methods): scans a stretch of text once and writes it
/// with each item replaced by its kind's redactor, as UTF-16 or as UTF-8, into a buffer it reuses.
/// </summary>
internal sealed class TextRedactionWriter
{
    private const int MatchBatch = 32;
    private const int StackReplacement = 256;

    private readonly bool utf8;
    private readonly long[] counts = new long[TextRedactionCounts.KindCount];
    private char[] chars = [];
    private byte[] bytes = [];

    /// <summary>Initializes a writer that writes UTF-16 (<paramref name="utf8"/> false) or UTF-8.</summary>
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
    public int Redact(ReadOnlySpan<char> text, int start, int cut, KindRedactors redactors, WordCues cues)
    {
        Span<PersonalDataMatch> matches = stackalloc PersonalDataMatch[MatchBatch];
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
                    return Finish(text, copied, cut);
                }

                Append(text[copied..match.Start]);
                AppendRedacted(redactors.For(match.Kind), text.Slice(match.Start, match.Length));
                counts[(int)match.Kind]++;
                copied = match.End;
            }

            if (found < MatchBatch)
            {
                return Finish(text, copied, cut);
            }

            scanFrom = copied;
        }
    }

    private int Finish(ReadOnlySpan<char> text, int copied, int cut)
    {
        var end = Math.Max(copied, cut);
        Append(text[copied..end]);
        return end;
    }

    private void Append(ReadOnlySpan<char> text)
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

        // Pieces end at an item or a cut, never inside a surrogate pair, so each is encoded as a whole.
        Utf8.FromUtf16(text, ByteSpace(text.Length * 3), out _, out var written, replaceInvalidSequences: true, isFinalBlock: true);
        Length += written;
    }

    private void AppendRedacted(Redactor redactor, ReadOnlySpan<char> item)
    {
        var length = redactor.GetRedactedLength(item);
        if (!utf8)
        {
            Length += redactor.Redact(item, CharSpace(length));
            return;
        }

        char[]? rented = length > StackReplacement ? ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> replacement = rented ?? stackalloc char[StackReplacement];
        var written = redactor.Redact(item, replacement);
        Append(replacement[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

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
