using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>A streaming redaction of characters: from a <see cref="TextReader"/> to a <see cref="TextWriter"/>.</summary>
internal sealed class Utf16Units : ITextUnits<char>
{
    private Utf16Units()
    {
    }

    /// <inheritdoc/>
    public static char LineFeed => '\n';

    /// <inheritdoc/>
    public static int Overlap => StreamingTextRedaction.Overlap;

    /// <inheritdoc/>
    public static int Context => StreamingTextRedaction.Context;

    /// <inheritdoc/>
    public static bool StartsCharacter(ReadOnlySpan<char> text, int index) => !char.IsLowSurrogate(text[index]);

    /// <inheritdoc/>
    public static ValueTask<int> ReadAsync(TextSource source, Memory<char> destination, CancellationToken cancellationToken) =>
        source.ReadAsync(destination, cancellationToken);

    /// <inheritdoc/>
    public static int Redact(TextRedactionWriter writer, ReadOnlySpan<char> text, int start, int cut, KindRedactors redactors, WordCues cues, bool final, out int invalidAt)
    {
        invalidAt = -1;
        return writer.Redact(text, start, cut, redactors, cues);
    }
}
