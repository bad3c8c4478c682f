namespace Privacy.Kit.Tests.Redaction;

/// <summary>A read-only stream of <paramref name="pattern"/> repeated up to <paramref name="length"/> bytes, made as it is read.</summary>
internal sealed class RepeatingStream(byte[] pattern, long length) : Stream
{
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
        while (written < buffer.Length && position < length)
        {
            var at = (int)(position % pattern.Length);
            var piece = (int)Math.Min(Math.Min(pattern.Length - at, buffer.Length - written), length - position);
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
