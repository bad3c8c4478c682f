using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit.Text;

/// <summary>Maps scanner kinds to the Privacy.Kit taxonomy.</summary>
public static class DetectedDataKindExtensions
{
    // Each scanner kind is named after its row in the kinds table, so the mapping is derived from the table, not repeated.
    private static readonly DataClassification[] Classifications = MapByName();

    /// <summary>Gets the <see cref="PrivacyTaxonomy"/> classification of a kind, which selects its redactor.</summary>
    /// <param name="kind">The scanner kind.</param>
    /// <returns>The classification; <see cref="PrivacyTaxonomy.PersonalData"/> for an undefined value (fail closed).</returns>
    public static DataClassification ToClassification(this DetectedDataKind kind) =>
        (uint)kind < (uint)Classifications.Length ? Classifications[(int)kind] : PrivacyTaxonomy.PersonalData;

    private static DataClassification[] MapByName()
    {
        var kinds = Enum.GetValues<DetectedDataKind>();
        var classifications = new DataClassification[kinds.Length];
        foreach (var kind in kinds)
        {
            if (!PersonalDataKindTable.TryGetByName(kind.ToString(), StringComparison.Ordinal, out var row))
            {
                throw new InvalidOperationException($"Scanner kind '{kind}' has no row of that name in PersonalDataKindTable; name it after its kind.");
            }

            classifications[(int)kind] = PrivacyClassificationSets.Classification(row.Kind);
        }

        return classifications;
    }
}
