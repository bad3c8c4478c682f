namespace Privacy.Kit.Redaction;

/// <summary>Keeps nothing of a national identification number: every value becomes <c>***</c>.</summary>
/// <remarks>Unlike erasing, the mask shows that a value was there, which helps reading logs.</remarks>
internal sealed class NationalIdRedactor : MaskingRedactor
{
    /// <summary>The shared instance; the redactor has no state.</summary>
    public static NationalIdRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination) => WriteMaskOnly(destination);
}
