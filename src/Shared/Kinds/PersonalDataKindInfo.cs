// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/Kinds/README.md): keep it netstandard2.0 C#.
namespace Privacy.Kit;

/// <summary>What every part of Privacy.Kit needs to know about one kind of personal data.</summary>
internal sealed class PersonalDataKindInfo
{
    private const string AttributeSuffix = "Attribute";

    public PersonalDataKindInfo(PersonalDataKind kind, string attribute, string defaultRedactor, string[] terms)
    {
        Kind = kind;
        Name = kind.ToString();
        Attribute = attribute;
        AttributeTypeName = attribute + AttributeSuffix;
        DefaultRedactor = defaultRedactor;
        Terms = terms;
    }

    /// <summary>The kind.</summary>
    public PersonalDataKind Kind { get; }

    /// <summary>The kind's value in the Privacy.Kit taxonomy (<c>PrivacyTaxonomy.Name</c>), also its name in configuration.</summary>
    public string Name { get; }

    /// <summary>The attribute that classifies a member as this kind, as written in code: <c>Email</c> for <c>[Email]</c>.</summary>
    public string Attribute { get; }

    /// <summary>The attribute's type name in namespace <c>Privacy.Kit</c>: <c>EmailAttribute</c>.</summary>
    public string AttributeTypeName { get; }

    /// <summary>
    /// The type name (namespace <c>Privacy.Kit.Redaction</c> or Microsoft's
    /// <c>ErasingRedactor</c>) of the redactor <c>AddPrivacyKit()</c> maps the kind to when a pseudonymization key is set.
    /// </summary>
    public string DefaultRedactor { get; }

    /// <summary>
    /// Identifier terms (English and Dutch, lower case, words run together) that make an unannotated member, parameter
    /// or local this kind for the analyzers' name heuristics; a term matches the end of an identifier at a word boundary.
    /// </summary>
    public string[] Terms { get; }

    /// <summary>Whether <paramref name="attributeTypeName"/> (with or without <c>Attribute</c>) is this kind's attribute.</summary>
    public bool IsAttribute(string attributeTypeName) =>
        string.Equals(attributeTypeName, AttributeTypeName, StringComparison.Ordinal) || string.Equals(attributeTypeName, Attribute, StringComparison.Ordinal);
}
