namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The kinds of personal data the rules name in messages: the value names of <c>Privacy.Kit.PrivacyTaxonomy</c>, read
/// from the shared <see cref="PersonalDataKindTable"/>. Attributes of other taxonomies are named after the attribute instead.
/// </summary>
internal static class PersonalDataKinds
{
    /// <summary>The generic kind, for data known to be personal but of no more specific kind.</summary>
    public const string PersonalData = nameof(PersonalDataKind.PersonalData);

    /// <summary>A person's name, for the rules that recognise it from the type a <c>Name</c> member sits on.</summary>
    public const string PersonName = nameof(PersonalDataKind.PersonName);

    /// <summary>An e-mail address, for the rules that recognise one from how it is used.</summary>
    public const string EmailAddress = nameof(PersonalDataKind.EmailAddress);

    private const string AttributeSuffix = "Attribute";

    /// <summary>Every kind, for validating configured heuristic names.</summary>
    public static readonly string[] All = Array.ConvertAll(PersonalDataKindTable.All, row => row.Name);

    /// <summary>The Privacy.Kit attribute (simple name without <c>Attribute</c>) that classifies <paramref name="kind"/>.</summary>
    public static string AttributeNameFor(string kind) =>
        PersonalDataKindTable.TryGetByName(kind, StringComparison.Ordinal, out var row) ? row.Attribute : PersonalDataKindTable.Get(PersonalDataKind.PersonalData).Attribute;

    /// <summary>The kind a Privacy.Kit attribute (simple type name) classifies; other attributes are named as such.</summary>
    public static string FromAttributeName(string attributeTypeName)
    {
        if (PersonalDataKindTable.TryGetByAttribute(attributeTypeName, out var row))
        {
            return row.Name;
        }

        var name = attributeTypeName.EndsWith(AttributeSuffix, StringComparison.Ordinal)
            ? attributeTypeName.Substring(0, attributeTypeName.Length - AttributeSuffix.Length)
            : attributeTypeName;

        // ASP.NET Core Identity's [ProtectedPersonalData] is generic personal data.
        return name == "ProtectedPersonalData" ? PersonalData : name;
    }
}
