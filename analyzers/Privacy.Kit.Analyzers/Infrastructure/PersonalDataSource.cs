namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Why a declaration is personal data: its kind, and whether only its name says so.</summary>
internal readonly struct PersonalDataSource(string kind, bool fromName)
{
    /// <summary>The kind (<see cref="PersonalDataKinds"/>) or, for another taxonomy, the attribute's name.</summary>
    public string Kind { get; } = kind;

    /// <summary>True when the name heuristics decided, false when an attribute did.</summary>
    public bool FromName { get; } = fromName;
}
