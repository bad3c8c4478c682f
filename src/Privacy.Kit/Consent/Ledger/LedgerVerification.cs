namespace Privacy.Kit.Consent;

/// <summary>The result of checking every chain in a ledger, and the ledger as a whole.</summary>
/// <param name="Subjects">How many subjects were checked.</param>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="Broken">The chains that are broken; empty when every chain is intact.</param>
public sealed record LedgerVerification(long Subjects, long Entries, IReadOnlyList<ChainVerification> Broken)
{
    /// <summary>Initializes a new instance of the <see cref="LedgerVerification"/> class with problems of the ledger as a whole.</summary>
    /// <param name="subjects">How many subjects were checked.</param>
    /// <param name="entries">How many entries were checked.</param>
    /// <param name="broken">The chains that are broken.</param>
    /// <param name="problems">What is wrong with the ledger as a whole.</param>
    public LedgerVerification(long subjects, long entries, IReadOnlyList<ChainVerification> broken, IReadOnlyList<string> problems)
        : this(subjects, entries, broken) => Problems = problems ?? throw new ArgumentNullException(nameof(problems));

    /// <summary>What is wrong with the ledger as a whole (missing positions, a checkpoint or digest that does not match); empty when nothing is.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Whether every chain is intact and nothing is wrong with the ledger as a whole.</summary>
    public bool IsIntact => Broken.Count == 0 && Problems.Count == 0;

    /// <summary>A verification that failed before any entry was read.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The verification.</returns>
    public static LedgerVerification Failed(string problem) => new(0, 0, [], [problem]);

    /// <summary>The first thing wrong, in one line; empty when intact.</summary>
    /// <returns>The description.</returns>
    public string Describe() =>
        Problems.Count > 0 ? Problems[0]
        : Broken.Count > 0 ? $"subject {Broken[0].Subject} at entry {Broken[0].BrokenAt}: {Broken[0].Problem}"
        : string.Empty;
}
