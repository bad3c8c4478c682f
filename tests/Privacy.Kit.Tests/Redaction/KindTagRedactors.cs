using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Redaction;

/// <summary>
/// Replaces an item with its kind in brackets (<c>[PhoneNumber]</c>): a length different from the item's, to prove the
/// accounting, and an output a test can read. Counts the values it redacted.
/// </summary>
internal sealed class KindTagRedactors : IRedactorProvider
{
    private readonly Dictionary<DataClassificationSet, TagRedactor> byClassification = Enum.GetValues<PersonalDataKind>()
        .ToDictionary(kind => new DataClassificationSet(kind.ToClassification()), kind => new TagRedactor(kind));

    /// <summary>Gets how many times any kind's <see cref="Redactor.Redact(ReadOnlySpan{char}, Span{char})"/> ran.</summary>
    public int Redactions => byClassification.Values.Sum(redactor => redactor.Redactions);

    public Redactor GetRedactor(DataClassificationSet classifications) => byClassification[classifications];

    private sealed class TagRedactor(PersonalDataKind kind) : Redactor
    {
        private readonly string tag = $"[{kind}]";
        private int redactions;

        public int Redactions => Volatile.Read(ref redactions);

        public override int GetRedactedLength(ReadOnlySpan<char> input) => tag.Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            Interlocked.Increment(ref redactions);
            tag.AsSpan().CopyTo(destination);
            return tag.Length;
        }
    }
}
