using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Where a streaming redaction reads its text: a <see cref="TextReader"/>, or a <see cref="Stream"/> of UTF-8 decoded
/// here with the exact offset of any invalid byte. Synchronous sources complete every read synchronously, so the one
/// asynchronous redaction loop serves both the synchronous and the asynchronous API.
/// </summary>
internal sealed class TextSource : IDisposable
{
    private readonly TextReader? reader;
    private readonly Stream? stream;
    private readonly bool asynchronous;
    private byte[] bytes = [];
    private int pending;
    private long consumed;
    private bool ended;

    private TextSource(TextReader? reader, Stream? stream, bool asynchronous)
    {
        this.reader = reader;
        this.stream = stream;
        this.asynchronous = asynchronous;
    }

    /// <summary>A source reading characters from <paramref name="reader"/>.</summary>
    public static TextSource From(TextReader reader, bool asynchronous) => new(reader, null, asynchronous);

    /// <summary>A source decoding UTF-8 from <paramref name="stream"/>; a byte order mark is kept as U+FEFF.</summary>
    public static TextSource FromUtf8(Stream stream, bool asynchronous) => new(null, stream, asynchronous);

    /// <summary>
    /// Reads as many characters as fit in <paramref name="destination"/> (at least 2, so a surrogate pair fits), fewer
    /// only at the end of the input.
    /// </summary>
    /// <returns>The number of characters read; 0 at the end of the input.</returns>
    /// <exception cref="InvalidUtf8Exception">A UTF-8 source holds an invalid byte sequence.</exception>
    public async ValueTask<int> ReadAsync(Memory<char> destination, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = reader is not null
                ? await ReadCharsAsync(destination[total..], cancellationToken).ConfigureAwait(false)
                : await ReadUtf8Async(destination[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = [];
        }
    }

    private ValueTask<int> ReadCharsAsync(Memory<char> destination, CancellationToken cancellationToken) =>
        asynchronous ? reader!.ReadAsync(destination, cancellationToken) : ValueTask.FromResult(reader!.Read(destination.Span));

    private async ValueTask<int> ReadUtf8Async(Memory<char> destination, CancellationToken cancellationToken)
    {
        if (bytes.Length < destination.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(destination.Length, 16));
            bytes.AsSpan(0, pending).CopyTo(larger);
            Dispose();
            bytes = larger;
        }

        while (true)
        {
            if (pending > 0)
            {
                var status = Utf8.ToUtf16(bytes.AsSpan(0, pending), destination.Span, out var used, out var written, replaceInvalidSequences: false, isFinalBlock: ended);
                if (status == OperationStatus.InvalidData)
                {
                    throw new InvalidUtf8Exception(consumed + used);
                }

                // Keep what did not fit, or the start of a character split across reads, for the next call.
                bytes.AsSpan(used, pending - used).CopyTo(bytes);
                pending -= used;
                consumed += used;
                if (written > 0 || status == OperationStatus.DestinationTooSmall)
                {
                    return written;
                }
            }

            if (ended)
            {
                return 0;
            }

            // UTF-8 never needs more characters than bytes: reading at most the destination's length keeps what is left small.
            var room = Math.Min(bytes.Length - pending, destination.Length);
            var read = asynchronous
                ? await stream!.ReadAsync(bytes.AsMemory(pending, room), cancellationToken).ConfigureAwait(false)
                : stream!.Read(bytes, pending, room);
            ended = read == 0;
            pending += read;
        }
    }
}
