using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>The redactor for each kind the scanner finds, taken from a redactor provider so the CLI masks as the library does.</summary>
internal sealed class ItemRedactors
{
    private readonly Redactor[] byKind;

    private ItemRedactors(Redactor[] byKind) => this.byKind = byKind;

    public static ItemRedactors From(IRedactorProvider provider)
    {
        var kinds = Enum.GetValues<PersonalDataKind>();
        var byKind = new Redactor[kinds.Length];
        foreach (var kind in kinds)
        {
            byKind[(int)kind] = provider.GetRedactor(kind.ToClassification());
        }

        return new ItemRedactors(byKind);
    }

    public Redactor For(PersonalDataKind kind) => byKind[(int)kind];
}
