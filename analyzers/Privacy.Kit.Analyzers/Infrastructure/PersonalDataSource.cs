namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Why a declaration is personal data: its kind, and whether only its name says so.</summary>
/// <remarks>
/// A class, not a struct: the classifier caches it per symbol, and a cache of reference values runs the runtime's
/// precompiled ConcurrentDictionary code, where a nullable struct value needs its own instantiation, compiled in every
/// build at the JIT's first tier (the compiler's process never gets to tier it up).
/// </remarks>
internal sealed class PersonalDataSource(string kind, bool fromName)
{
    /// <summary>The kind (<see cref="PersonalDataKinds"/>) or, for another taxonomy, the attribute's name.</summary>
    public string Kind { get; } = kind;

    /// <summary>True when the name heuristics decided, false when an attribute did.</summary>
    public bool FromName { get; } = fromName;
}
