namespace Privacy.Kit.Consent;

/// <summary>The result of checking one person's chain.</summary>
/// <param name="Subject">The person.</param>
/// <param name="Length">How many entries were checked.</param>
/// <param name="Head">The hash of the last entry, or <see cref="ConsentHash.Genesis"/> for an empty chain.</param>
/// <param name="BrokenAt">The sequence number where the chain first breaks; null when it is intact.</param>
/// <param name="Problem">What is wrong at <paramref name="BrokenAt"/>; null when the chain is intact.</param>
public sealed record ChainVerification(SubjectPseudonym Subject, long Length, ConsentHash Head, long? BrokenAt, string? Problem)
{
    /// <summary>Whether every entry is unedited, present and in order.</summary>
    public bool IsIntact => BrokenAt is null;
}
