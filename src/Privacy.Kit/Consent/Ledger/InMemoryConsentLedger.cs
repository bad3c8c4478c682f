using System.Security.Cryptography;

namespace Privacy.Kit.Consent;

/// <summary>
/// A consent ledger in memory: for tests, and for a process that replays a durable ledger at start. It keeps the
/// same evidence as the durable ledgers (keyed chains, Merkle tree, digests). Thread-safe; reading a person's
/// state takes no lock.
/// </summary>
public sealed class InMemoryConsentLedger : ConsentLedger
{
    /// <summary>Initializes a new instance of the <see cref="InMemoryConsentLedger"/> class with a random integrity key that lives as long as the ledger.</summary>
    /// <param name="timeProvider">The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</param>
    public InMemoryConsentLedger(TimeProvider? timeProvider = null)
        : this(RandomKey(), timeProvider)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InMemoryConsentLedger"/> class whose integrity key derives from a pseudonymizer's key.</summary>
    /// <param name="pseudonymizer">The pseudonymizer of the ledger's key.</param>
    /// <param name="timeProvider">The clock that stamps <see cref="ConsentRecord.RecordedAt"/>; the system clock when null.</param>
    public InMemoryConsentLedger(SubjectPseudonymizer pseudonymizer, TimeProvider? timeProvider = null)
        : base(new InMemoryLedgerStore(), pseudonymizer, timeProvider, "in memory")
    {
    }

    private static SubjectPseudonymizer RandomKey() => new(RandomNumberGenerator.GetBytes(32));
}
