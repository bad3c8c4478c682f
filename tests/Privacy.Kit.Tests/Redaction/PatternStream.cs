namespace Privacy.Kit.Tests.Redaction;

/// <summary>
/// A read-only stream of <paramref name="pattern"/> repeated up to <paramref name="length"/> bytes, made as it is read,
/// at most <paramref name="readSize"/> bytes a read (as a pipe or socket may return).
/// </summary>
internal sealed class PatternStream(byte[] pattern, long length, int readSize = int.MaxValue) : Stream
{
    /// <summary>A stream of <paramref name="bytes"/> once, at most <paramref name="readSize"/> bytes a read.</summary>
    public PatternStream(byte[] bytes, int readSize)
        : this(bytes, bytes.Length, readSize)
    {
    }

    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        var wanted = Math.Min(buffer.Length, readSize);
        while (written < wanted && position < length)
        {
            var at = (int)(position % pattern.Length);
            var piece = (int)Math.Min(Math.Min(pattern.Length - at, wanted - written), length - position);
            pattern.AsSpan(at, piece).CopyTo(buffer[written..]);
            written += piece;
            position += piece;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
