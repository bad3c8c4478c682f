using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Tests.Redact;

/// <summary>Replaces an item with its kind in angle brackets, so stream tests read as the expected text.</summary>
internal sealed class KindMarkerRedactor(string kind) : Redactor
{
    public override int GetRedactedLength(ReadOnlySpan<char> input) => kind.Length + 2;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        $"<{kind}>".AsSpan().CopyTo(destination);
        return kind.Length + 2;
    }

    /// <summary>A provider handing out one marker redactor per classification.</summary>
    public sealed class Provider : IRedactorProvider
    {
        public Redactor GetRedactor(DataClassificationSet classifications) =>
            new KindMarkerRedactor(Enum.GetValues<PersonalDataKind>().First(k => classifications.Equals(new DataClassificationSet(k.ToClassification()))).ToString());
    }
}
