namespace Privacy.Kit.Serilog;

/// <summary>
/// Whether a property name says personal data, read as the analyzers read identifiers: the heuristic terms of the
/// shared kinds table, the longest ending the name at a word boundary wins (<c>CustomerEmail</c>,
/// <c>KlantTelefoonnummer</c>); a kind's own name and attribute count too (<c>EmailAddress</c>, <c>Email</c>).
/// </summary>
internal static class PersonalDataNames
{
    public static bool TryGetKind(string name, out PersonalDataKind kind)
    {
        string folded = IdentifierWords.Fold(name);
        int best = 0;
        kind = PersonalDataKind.PersonalData;
        foreach (PersonalDataKindInfo row in PersonalDataKindTable.All)
        {
            best = Consider(name, folded, row.Name.ToLowerInvariant(), row, best, ref kind);
            best = Consider(name, folded, row.Attribute.ToLowerInvariant(), row, best, ref kind);
            foreach (string term in row.Terms)
            {
                best = Consider(name, folded, term, row, best, ref kind);
            }
        }

        return best > 0;
    }

    private static int Consider(string name, string folded, string term, PersonalDataKindInfo row, int best, ref PersonalDataKind kind)
    {
        if (term.Length <= best || !folded.EndsWith(term, StringComparison.Ordinal))
        {
            return best;
        }

        int start = folded.Length - term.Length;
        bool wholeNameOnly = Array.IndexOf(PersonalDataKindTable.WholeNameOnlyTerms, term) >= 0;
        if (wholeNameOnly ? start != 0 : !IdentifierWords.StartsWord(name, start))
        {
            return best;
        }

        kind = row.Kind;
        return term.Length;
    }
}
