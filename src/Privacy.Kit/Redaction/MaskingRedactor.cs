using System.Runtime.CompilerServices;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Base of the redactors that keep a small, bounded part of a value and replace the rest with <see cref="Mask"/>.
/// </summary>
/// <remarks>
/// <see cref="GetRedactedLength"/> and <see cref="Redact(ReadOnlySpan{char}, Span{char})"/> run the same
/// <see cref="Write"/> so they agree by construction, and a redaction right after measuring the same value reuses the
/// output (<see cref="RedactionMemo"/>). The output is bounded by <see cref="MaxMaskedLength"/>, so a stack buffer
/// holds it whatever the input length.
/// </remarks>
[Redacts]
internal abstract class MaskingRedactor : Redactor
{
    /// <summary>What stands for every hidden part, whatever its length, so lengths do not leak either.</summary>
    public const string Mask = "***";

    /// <summary>The longest output any masking redactor writes (an e-mail address at a public provider: 1 + 4 + 253).</summary>
    public const int MaxMaskedLength = 264;

    /// <summary>Longer values are not remembered: copying and comparing them would cost more than parsing.</summary>
    private const int MaxMemoInputLength = 256;

    [ThreadStatic]
    private static RedactionMemo? t_memo;

    private readonly int _memoOwner = RedactionMemo.NewOwner();

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        RedactionMemo memo = t_memo ??= new RedactionMemo(MaxMemoInputLength, MaxMaskedLength);
        int length = Write(input, memo.Output(MaxMaskedLength));
        memo.Remember(_memoOwner, input, length);
        return length;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        // When the caller measured this value first (as the logger does), copy instead of parsing it again.
        if (t_memo is { } memo && memo.TryTake(_memoOwner, source, out ReadOnlySpan<char> remembered))
        {
            return RedactionMemo.CopyOut(remembered, destination);
        }

        return destination.Length >= MaxMaskedLength ? Write(source, destination) : WriteToScratch(source, destination);
    }

    /// <summary>Redacts a value nobody measured into a destination that may be too short for any value.</summary>
    /// <remarks>Apart from <see cref="Redact(ReadOnlySpan{char}, Span{char})"/>, so the remembered path needs no stack buffer.</remarks>
    [SkipLocalsInit] // The scratch buffer is only read where Write wrote it; zeroing it cost more than most values take.
    private int WriteToScratch(ReadOnlySpan<char> source, Span<char> destination)
    {
        Span<char> scratch = stackalloc char[MaxMaskedLength];
        return RedactionMemo.CopyOut(scratch[..Write(source, scratch)], destination);
    }

    /// <summary>
    /// Writes the redacted form of <paramref name="input"/> (which may carry the logger's <c>:TagName</c> discriminator)
    /// into <paramref name="destination"/>, which holds at least <see cref="MaxMaskedLength"/> characters.
    /// Never throws: a value that does not have the expected shape is written as <see cref="Mask"/> alone. It must
    /// depend on <paramref name="input"/> alone and call no other redactor: during <see cref="GetRedactedLength"/> the
    /// destination is this thread's <see cref="RedactionMemo"/> buffer.
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
