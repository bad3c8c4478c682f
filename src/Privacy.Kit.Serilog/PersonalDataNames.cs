namespace Privacy.Kit.Serilog;

/// <summary>
/// Whether a property name says personal data, read by the analyzers' <see cref="NameHeuristics"/>
/// (<c>CustomerEmail</c>, <c>KlantTelefoonnummer</c>); a kind's own name and attribute count too
/// (<c>EmailAddress</c>, <c>Email</c>), since Serilog properties are often named after the attribute.
/// </summary>
internal static class PersonalDataNames
{
    private static readonly NameHeuristics Names = NameHeuristics.WithExtraTerms(KindNamesAndAttributes());

    public static bool TryGetKind(string name, out PersonalDataKind kind)
    {
        kind = PersonalDataKind.PersonalData;
        if (Names.Match(name) is not { } kindName || !PersonalDataKindTable.TryGetByName(kindName, StringComparison.Ordinal, out PersonalDataKindInfo row))
        {
            return false;
        }

        kind = row.Kind;
        return true;
    }

    private static IEnumerable<(string Term, string Kind)> KindNamesAndAttributes()
    {
        foreach (PersonalDataKindInfo row in PersonalDataKindTable.All)
        {
            yield return (row.Name, row.Name);
            yield return (row.Attribute, row.Name);
        }
    }
}
