using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Base of the redactors that keep a small, bounded part of a value and replace the rest with <see cref="Mask"/>.
/// </summary>
/// <remarks>
/// <see cref="GetRedactedLength"/> and <see cref="Redact(ReadOnlySpan{char}, Span{char})"/> run the same
/// <see cref="Write"/> so they agree by construction. The output is bounded by <see cref="MaxMaskedLength"/>, so a
/// stack buffer holds it whatever the input length.
/// </remarks>
internal abstract class MaskingRedactor : Redactor
{
    /// <summary>What stands for every hidden part, whatever its length, so lengths do not leak either.</summary>
    public const string Mask = "***";

    /// <summary>The longest output any masking redactor writes (an e-mail address at a public provider: 1 + 4 + 253).</summary>
    public const int MaxMaskedLength = 264;

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        Span<char> scratch = stackalloc char[MaxMaskedLength];
        return Write(input, scratch);
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length >= MaxMaskedLength)
        {
            return Write(source, destination);
        }

        Span<char> scratch = stackalloc char[MaxMaskedLength];
        int length = Write(source, scratch);
        if (length > destination.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters but the redacted value needs {length}; size it with GetRedactedLength.",
                nameof(destination));
        }

        scratch[..length].CopyTo(destination);
        return length;
    }

    /// <summary>
    /// Writes the redacted form of <paramref name="input"/> (which may carry the logger's <c>:TagName</c> discriminator)
    /// into <paramref name="destination"/>, which holds at least <see cref="MaxMaskedLength"/> characters.
    /// Never throws: a value that does not have the expected shape is written as <see cref="Mask"/> alone.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    protected abstract int Write(ReadOnlySpan<char> input, Span<char> destination);

    /// <summary>Writes <see cref="Mask"/> at the start of <paramref name="destination"/>: the whole value is hidden.</summary>
    protected static int WriteMaskOnly(Span<char> destination) => Append(destination, 0, Mask);

    /// <summary>Copies <paramref name="text"/> to <paramref name="destination"/> at <paramref name="position"/>.</summary>
    /// <returns>The position after the copied text.</returns>
    protected static int Append(Span<char> destination, int position, ReadOnlySpan<char> text)
    {
        text.CopyTo(destination[position..]);
        return position + text.Length;
    }
}
