namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The kinds of personal data the rules name in messages: the value names of <c>Privacy.Kit.PrivacyTaxonomy</c>.
/// Attributes of other taxonomies are named after the attribute instead.
/// </summary>
internal static class PersonalDataKinds
{
    public const string PersonalData = "PersonalData";
    public const string PersonName = "PersonName";
    public const string EmailAddress = "EmailAddress";
    public const string PhoneNumber = "PhoneNumber";
    public const string PostalAddress = "PostalAddress";
    public const string DateOfBirth = "DateOfBirth";
    public const string NationalId = "NationalId";
    public const string BankAccount = "BankAccount";
    public const string PaymentCard = "PaymentCard";
    public const string IpAddress = "IpAddress";
    public const string FreeText = "FreeText";
    public const string SpecialCategory = "SpecialCategory";

    /// <summary>Every kind, for validating configured heuristic names.</summary>
    public static readonly string[] All =
    [
        PersonalData, PersonName, EmailAddress, PhoneNumber, PostalAddress, DateOfBirth, NationalId, BankAccount,
        PaymentCard, IpAddress, FreeText, SpecialCategory,
    ];

    /// <summary>The Privacy.Kit attribute (simple name without <c>Attribute</c>) that classifies <paramref name="kind"/>.</summary>
    public static string AttributeNameFor(string kind) => kind switch
    {
        EmailAddress => "Email",
        SpecialCategory => "SensitivePersonalData",
        PersonName or PhoneNumber or PostalAddress or DateOfBirth or NationalId or BankAccount or PaymentCard or IpAddress or FreeText => kind,
        _ => PersonalData,
    };

    /// <summary>The kind a Privacy.Kit attribute (simple type name) classifies; other attributes are named as such.</summary>
    public static string FromAttributeName(string attributeTypeName)
    {
        var name = attributeTypeName.EndsWith("Attribute", StringComparison.Ordinal)
            ? attributeTypeName.Substring(0, attributeTypeName.Length - "Attribute".Length)
            : attributeTypeName;
        return name switch
        {
            "Email" => EmailAddress,
            "SensitivePersonalData" => SpecialCategory,
            "ProtectedPersonalData" => PersonalData,
            _ => name,
        };
    }
}
