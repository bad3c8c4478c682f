namespace Privacy.Kit.Vendors;

/// <summary>What a vendor payload does with an unclassified property whose name says it holds personal data.</summary>
public enum UnclassifiedPersonalData
{
    /// <summary>Omit the property (the default): a forgotten classification never leaks.</summary>
    Deny = 0,

    /// <summary>Send the property: only unclassified properties are trusted to be what their names do not say.</summary>
    Allow,
}
