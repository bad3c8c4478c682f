using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Tests.Redaction;

/// <summary>An application's own redactor for phone numbers: writes <c>[phone]</c> whatever the value.</summary>
public sealed class PhoneLabelRedactor : Redactor
{
    private const string Label = "[phone]";

    public override int GetRedactedLength(ReadOnlySpan<char> input) => Label.Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        Label.CopyTo(destination);
        return Label.Length;
    }
}
