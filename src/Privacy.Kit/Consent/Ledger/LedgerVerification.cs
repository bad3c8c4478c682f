namespace Privacy.Kit.Consent;

/// <summary>The result of checking every chain in a ledger.</summary>
/// <param name="Subjects">How many subjects were checked.</param>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="Broken">The chains that are broken; empty when the ledger is intact.</param>
public sealed record LedgerVerification(long Subjects, long Entries, IReadOnlyList<ChainVerification> Broken)
{
    /// <summary>Whether every chain is intact.</summary>
    public bool IsIntact => Broken.Count == 0;
}
