using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Benchmarks.Redaction;

/// <summary>
/// Writes "***" whatever the value: the cheapest redactor that writes anything, so Microsoft's logger pays for the
/// redacted string it allocates and nothing else. The floor under any masking redactor.
/// </summary>
internal sealed class ConstantRedactor : Redactor
{
    private const string Mask = "***";

    public override int GetRedactedLength(ReadOnlySpan<char> input) => Mask.Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        Mask.CopyTo(destination);
        return Mask.Length;
    }
}
