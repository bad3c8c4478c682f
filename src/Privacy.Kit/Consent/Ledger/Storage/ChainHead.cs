namespace Privacy.Kit.Consent;

/// <summary>The end of one person's chain: how many entries it has and the chain hash of the last.</summary>
/// <param name="Length">The number of entries; 0 for a person without history.</param>
/// <param name="Hash">The chain hash of the last entry; <see cref="ConsentHash.Genesis"/> when there is none.</param>
public readonly record struct ChainHead(long Length, ConsentHash Hash)
{
    /// <summary>The head of a person without history.</summary>
    public static ChainHead None => new(0, ConsentHash.Genesis);
}
