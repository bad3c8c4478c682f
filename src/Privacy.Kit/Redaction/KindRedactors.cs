using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>The redactor of each kind the scanner finds, looked up once from a redactor provider and then by array index.</summary>
internal sealed class KindRedactors
{
    private readonly Redactor[] byKind;

    private KindRedactors(Redactor[] byKind) => this.byKind = byKind;

    /// <summary>Takes each kind's redactor from the provider, by the kind's <see cref="PrivacyTaxonomy"/> classification.</summary>
    public static KindRedactors From(IRedactorProvider provider)
    {
        var kinds = Enum.GetValues<PersonalDataKind>();
        var byKind = new Redactor[kinds.Length];
        foreach (var kind in kinds)
        {
            byKind[(int)kind] = provider.GetRedactor(kind.ToClassification());
        }

        return new KindRedactors(byKind);
    }

    /// <summary>Takes each kind's redactor from Privacy.Kit's own redactors (what <c>AddPrivacyKit()</c> configured).</summary>
    public static KindRedactors From(PrivacyKitRedactors redactors)
    {
        var kinds = Enum.GetValues<PersonalDataKind>();
        var byKind = new Redactor[kinds.Length];
        foreach (var kind in kinds)
        {
            redactors.TryGet(kind.ToClassification(), out byKind[(int)kind]);
        }

        return new KindRedactors(byKind);
    }

    /// <summary>Gets the redactor for a kind.</summary>
    public Redactor For(PersonalDataKind kind) => byKind[(int)kind];
}
