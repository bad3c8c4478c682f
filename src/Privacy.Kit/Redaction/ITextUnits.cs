using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// What a streaming redaction needs to know about the units its input comes in: UTF-16 characters from a
/// <see cref="TextReader"/> (<see cref="Utf16Units"/>) or UTF-8 bytes from a <see cref="Stream"/> (<see cref="Utf8Units"/>).
/// The window, its segments and their cuts are counted in these units.
/// </summary>
/// <typeparam name="T">The unit: <see cref="char"/> or <see cref="byte"/>.</typeparam>
internal interface ITextUnits<T>
    where T : unmanaged, IEquatable<T>
{
    /// <summary>Gets the line feed, where segments are preferably cut.</summary>
    static abstract T LineFeed { get; }

    /// <summary>Gets how many units hold at least <see cref="StreamingTextRedaction.Overlap"/> characters.</summary>
    static abstract int Overlap { get; }

    /// <summary>Gets how many units hold at least <see cref="StreamingTextRedaction.Context"/> characters.</summary>
    static abstract int Context { get; }

    /// <summary>Whether a character starts at <paramref name="index"/>: not the second half of a surrogate pair or a UTF-8 continuation byte.</summary>
    static abstract bool StartsCharacter(ReadOnlySpan<T> text, int index);

    /// <summary>Reads units until <paramref name="destination"/> is full or the source ends.</summary>
    static abstract ValueTask<int> ReadAsync(TextSource source, Memory<T> destination, CancellationToken cancellationToken);

    /// <summary>
    /// Redacts <c>[start, cut)</c> of <paramref name="text"/> into <paramref name="writer"/> (see
    /// <see cref="TextRedactionWriter.Redact(ReadOnlySpan{char}, int, int, KindRedactors, WordCues)"/>).
    /// </summary>
    /// <param name="writer">Receives the output.</param>
    /// <param name="text">The context, the segment and the text after its cut.</param>
    /// <param name="start">Where the segment starts.</param>
    /// <param name="cut">Where the segment ends.</param>
    /// <param name="redactors">Each kind's redactor.</param>
    /// <param name="cues">The word cues the scanner looks for.</param>
    /// <param name="final">Whether <paramref name="text"/> ends where the input ends.</param>
    /// <param name="invalidAt">Where the text up to the cut stops being valid UTF-8; -1 when it is valid.</param>
    /// <returns>Where the written text ends, in units: the cut, or the end of an item that straddles it.</returns>
    static abstract int Redact(TextRedactionWriter writer, ReadOnlySpan<T> text, int start, int cut, KindRedactors redactors, WordCues cues, bool final, out int invalidAt);
}
