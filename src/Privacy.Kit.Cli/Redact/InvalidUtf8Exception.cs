namespace Privacy.Kit.Cli.Redact;

/// <summary>The input of <c>privacy-kit redact</c> is not valid UTF-8.</summary>
internal sealed class InvalidUtf8Exception(long byteOffset)
    : Exception($"the input is not valid UTF-8 (first invalid byte near offset {byteOffset}); convert it to UTF-8 first, for example with iconv -f latin1 -t utf-8")
{
    /// <summary>Gets the offset in the input of the invalid byte sequence.</summary>
    public long ByteOffset { get; } = byteOffset;
}
