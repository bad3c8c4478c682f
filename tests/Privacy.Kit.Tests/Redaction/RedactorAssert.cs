using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Tests.Redaction;

/// <summary>Redacts through the span API the way the logger does and checks the length contract on the way.</summary>
internal static class RedactorAssert
{
    public static string Redact(Redactor redactor, string value)
    {
        int expected = redactor.GetRedactedLength(value);
        var buffer = new char[expected];
        int written = redactor.Redact(value, buffer);
        Assert.Equal(expected, written);
        return new string(buffer);
    }
}
