using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// A streaming redaction of UTF-8 bytes, from a <see cref="Stream"/> to a <see cref="Stream"/>: each segment decodes
/// its own bytes on its own core, and the text around the items is copied through as the input's bytes.
/// </summary>
internal sealed class Utf8Units : ITextUnits<byte>
{
    /// <summary>The most UTF-8 bytes one UTF-16 character takes (a surrogate pair takes 4 for 2).</summary>
    private const int MaxBytesPerChar = 3;

    private Utf8Units()
    {
    }

    /// <inheritdoc/>
    public static byte LineFeed => (byte)'\n';

    /// <inheritdoc/>
    public static int Overlap => StreamingTextRedaction.Overlap * MaxBytesPerChar;

    /// <inheritdoc/>
    public static int Context => StreamingTextRedaction.Context * MaxBytesPerChar;

    /// <inheritdoc/>
    public static bool StartsCharacter(ReadOnlySpan<byte> text, int index) => (text[index] & 0xC0) != 0x80;

    /// <inheritdoc/>
    public static ValueTask<int> ReadAsync(TextSource source, Memory<byte> destination, CancellationToken cancellationToken) =>
        source.ReadAsync(destination, cancellationToken);

    /// <inheritdoc/>
    public static int Redact(TextRedactionWriter writer, ReadOnlySpan<byte> text, int start, int cut, KindRedactors redactors, WordCues cues, bool final, out int invalidAt) =>
        writer.RedactUtf8(text, start, cut, redactors, cues, final, out invalidAt);
}
