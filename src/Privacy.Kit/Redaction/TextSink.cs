namespace Privacy.Kit.Redaction;

/// <summary>Where a streaming redaction writes: a <see cref="TextWriter"/>, or a <see cref="Stream"/> as UTF-8.</summary>
internal sealed class TextSink
{
    private readonly TextWriter? writer;
    private readonly Stream? stream;
    private readonly bool asynchronous;

    private TextSink(TextWriter? writer, Stream? stream, bool asynchronous)
    {
        this.writer = writer;
        this.stream = stream;
        this.asynchronous = asynchronous;
    }

    /// <summary>Gets a value indicating whether the sink takes UTF-8 (else UTF-16).</summary>
    public bool IsUtf8 => stream is not null;

    /// <summary>A sink writing characters to <paramref name="writer"/>.</summary>
    public static TextSink To(TextWriter writer, bool asynchronous) => new(writer, null, asynchronous);

    /// <summary>A sink writing UTF-8 to <paramref name="stream"/>.</summary>
    public static TextSink ToUtf8(Stream stream, bool asynchronous) => new(null, stream, asynchronous);

    /// <summary>Writes what <paramref name="output"/> holds.</summary>
    public ValueTask WriteAsync(TextRedactionWriter output, CancellationToken cancellationToken)
    {
        if (stream is not null)
        {
            if (asynchronous)
            {
                return stream.WriteAsync(output.Bytes, cancellationToken);
            }

            stream.Write(output.Bytes.Span);
            return ValueTask.CompletedTask;
        }

        if (asynchronous)
        {
            return new ValueTask(writer!.WriteAsync(output.CharMemory, cancellationToken));
        }

        writer!.Write(output.Chars);
        return ValueTask.CompletedTask;
    }

    /// <summary>Flushes the destination.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (!asynchronous)
        {
            if (stream is not null)
            {
                stream.Flush();
            }
            else
            {
                writer!.Flush();
            }

            return ValueTask.CompletedTask;
        }

        return new ValueTask(stream is not null ? stream.FlushAsync(cancellationToken) : writer!.FlushAsync(cancellationToken));
    }
}
