using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit.Text;

/// <summary>Maps scanner kinds to the Privacy.Kit taxonomy.</summary>
public static class DetectedDataKindExtensions
{
    // Each scanner kind is named after its row in the one kinds table (src/Shared/Kinds), which gives its classification.
    private static readonly DataClassification[] ByKind = FromKindsTable();

    /// <summary>Gets the <see cref="PrivacyTaxonomy"/> classification of a kind, which selects its redactor.</summary>
    /// <param name="kind">The scanner kind.</param>
    /// <returns>The classification; <see cref="PrivacyTaxonomy.PersonalData"/> for an undefined value (fail closed).</returns>
    public static DataClassification ToClassification(this DetectedDataKind kind) =>
        (int)kind < ByKind.Length ? ByKind[(int)kind] : PrivacyTaxonomy.PersonalData;

    private static DataClassification[] FromKindsTable()
    {
        var kinds = Enum.GetValues<DetectedDataKind>();
        var byKind = new DataClassification[kinds.Length];
        foreach (var kind in kinds)
        {
            byKind[(int)kind] = PersonalDataKindTable.TryGetByName(kind.ToString(), StringComparison.Ordinal, out var row)
                ? PrivacyClassificationSets.Classification(row.Kind)
                : PrivacyTaxonomy.PersonalData;
        }

        return byKind;
    }
}
