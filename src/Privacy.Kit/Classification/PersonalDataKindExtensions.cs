using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Maps the kinds of personal data to the Privacy.Kit taxonomy.</summary>
public static class PersonalDataKindExtensions
{
    /// <summary>Gets the <see cref="PrivacyTaxonomy"/> classification of a kind, which selects its redactor.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The classification; <see cref="PrivacyTaxonomy.PersonalData"/> for an undefined value (fail closed).</returns>
    public static DataClassification ToClassification(this PersonalDataKind kind) =>
        (uint)kind < (uint)PersonalDataKindTable.All.Length ? PrivacyClassificationSets.Classification(kind) : PrivacyTaxonomy.PersonalData;
}
