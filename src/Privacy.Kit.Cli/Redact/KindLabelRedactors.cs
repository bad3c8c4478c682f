using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>
/// Replaces each item with its kind in brackets ("[PhoneNumber]"): nothing of the value, not even its length, survives,
/// and a reader still sees what was there.
/// </summary>
internal sealed class KindLabelRedactors : IRedactorProvider
{
    private readonly Dictionary<DataClassificationSet, Redactor> byClassification = [];
    private readonly Redactor unknown = new KindLabelRedactor(nameof(PrivacyTaxonomy.PersonalData));

    public KindLabelRedactors()
    {
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            byClassification[new DataClassificationSet(kind.ToClassification())] = new KindLabelRedactor(kind.ToString());
        }
    }

    public Redactor GetRedactor(DataClassificationSet classifications) => byClassification.GetValueOrDefault(classifications, unknown);

    private sealed class KindLabelRedactor(string kind) : Redactor
    {
        private readonly string label = $"[{kind}]";

        public override int GetRedactedLength(ReadOnlySpan<char> input) => label.Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            label.CopyTo(destination);
            return label.Length;
        }
    }
}
