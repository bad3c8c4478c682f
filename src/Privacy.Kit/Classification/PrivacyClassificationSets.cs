using System.Collections.Frozen;
using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>
/// One cached <see cref="DataClassificationSet"/> per Privacy.Kit kind and the lookups between kinds and classifications,
/// so classifying a value never allocates.
/// </summary>
internal static class PrivacyClassificationSets
{
    /// <summary>Every kind, indexed by <see cref="PersonalDataKind"/>.</summary>
    public static IReadOnlyList<PersonalDataKind> Kinds { get; } = Enum.GetValues<PersonalDataKind>();

    private static readonly DataClassification[] Classifications =
        Array.ConvertAll(PersonalDataKindTable.All, row => new DataClassification(PrivacyTaxonomy.Name, row.Name));

    private static readonly DataClassificationSet[] Sets = Array.ConvertAll(Classifications, c => new DataClassificationSet(c));

    private static readonly FrozenDictionary<DataClassification, PersonalDataKind> KindByClassification =
        Kinds.ToFrozenDictionary(kind => Classifications[(int)kind]);

    private static readonly FrozenDictionary<DataClassificationSet, PersonalDataKind> KindBySet =
        Kinds.ToFrozenDictionary(kind => Sets[(int)kind]);

    private static readonly FrozenDictionary<string, PersonalDataKind> KindByName =
        Kinds.ToFrozenDictionary(kind => PersonalDataKindTable.Get(kind).Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The classification of a kind.</summary>
    public static DataClassification Classification(PersonalDataKind kind) => Classifications[(int)kind];

    /// <summary>The cached single-classification set of a kind.</summary>
    public static DataClassificationSet Set(PersonalDataKind kind) => Sets[(int)kind];

    /// <summary>Finds the kind of a Privacy.Kit classification.</summary>
    public static bool TryGetKind(DataClassification classification, out PersonalDataKind kind) =>
        KindByClassification.TryGetValue(classification, out kind);

    /// <summary>Finds the kind of a set that holds exactly one Privacy.Kit classification.</summary>
    public static bool TryGetKind(DataClassificationSet set, out PersonalDataKind kind) => KindBySet.TryGetValue(set, out kind);

    /// <summary>Finds a kind by its name (case-insensitive), as configuration spells it.</summary>
    public static bool TryGetKind(string name, out PersonalDataKind kind) => KindByName.TryGetValue(name, out kind);

    /// <summary>Whether a set holds at least one Privacy.Kit classification (alone or together with others).</summary>
    public static bool ContainsPrivacyKitClassification(DataClassificationSet set)
    {
        // DataClassificationSet exposes no members; a union with one of ours is detected by unioning and comparing.
        foreach (DataClassificationSet own in Sets)
        {
            if (set.Union(own).Equals(set))
            {
                return true;
            }
        }

        return false;
    }
}
