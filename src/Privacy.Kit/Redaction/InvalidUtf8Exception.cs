namespace Privacy.Kit.Redaction;

/// <summary>The input of a UTF-8 redaction is not valid UTF-8; nothing after the invalid bytes was written.</summary>
public sealed class InvalidUtf8Exception : FormatException
{
    /// <summary>Initializes a new instance for an invalid byte sequence at <paramref name="byteOffset"/>.</summary>
    /// <param name="byteOffset">The offset in the input of the first invalid byte.</param>
    public InvalidUtf8Exception(long byteOffset)
        : base($"The input is not valid UTF-8 (first invalid byte at offset {byteOffset}).") => ByteOffset = byteOffset;

    /// <summary>Gets the offset in the input of the first invalid byte.</summary>
    public long ByteOffset { get; }
}
