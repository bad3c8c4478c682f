namespace Privacy.Kit.Redaction;

/// <summary>
/// Where a streaming redaction reads its text: characters from a <see cref="TextReader"/>, or the raw bytes of a
/// <see cref="Stream"/> of UTF-8, which each segment decodes (and validates) itself, on its own core. Synchronous
/// sources complete every read synchronously, so the one asynchronous redaction loop serves both the synchronous and
/// the asynchronous API.
/// </summary>
internal sealed class TextSource
{
    private readonly TextReader? reader;
    private readonly Stream? stream;
    private readonly bool asynchronous;

    private TextSource(TextReader? reader, Stream? stream, bool asynchronous)
    {
        this.reader = reader;
        this.stream = stream;
        this.asynchronous = asynchronous;
    }

    /// <summary>Gets a value indicating whether the source gives UTF-8 bytes (else characters).</summary>
    public bool IsUtf8 => stream is not null;

    /// <summary>A source reading characters from <paramref name="reader"/>.</summary>
    public static TextSource From(TextReader reader, bool asynchronous) => new(reader, null, asynchronous);

    /// <summary>A source reading the UTF-8 bytes of <paramref name="stream"/>; a byte order mark is text like any other.</summary>
    public static TextSource FromUtf8(Stream stream, bool asynchronous) => new(null, stream, asynchronous);

    /// <summary>Reads characters until <paramref name="destination"/> is full or the reader ends.</summary>
    /// <returns>The number of characters read; 0 at the end of the input.</returns>
    public async ValueTask<int> ReadAsync(Memory<char> destination, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = asynchronous
                ? await reader!.ReadAsync(destination[total..], cancellationToken).ConfigureAwait(false)
                : reader!.Read(destination.Span[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>Reads bytes until <paramref name="destination"/> is full or the stream ends.</summary>
    /// <returns>The number of bytes read; 0 at the end of the input.</returns>
    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = asynchronous
                ? await stream!.ReadAsync(destination[total..], cancellationToken).ConfigureAwait(false)
                : stream!.Read(destination.Span[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
