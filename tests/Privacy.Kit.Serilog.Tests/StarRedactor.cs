using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Serilog.Tests;

/// <summary>An application's own redactor: five stars, whatever the value.</summary>
internal sealed class StarRedactor : Redactor
{
    public override int GetRedactedLength(ReadOnlySpan<char> input) => 5;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        "*****".AsSpan().CopyTo(destination);
        return 5;
    }
}
