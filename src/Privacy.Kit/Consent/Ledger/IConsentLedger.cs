namespace Privacy.Kit.Consent;

/// <summary>
/// An append-only store of consent events, one hash chain per person, keyed by <see cref="SubjectPseudonym"/>.
/// Implementations: <see cref="InMemoryConsentLedger"/> and <c>SqliteConsentLedger</c> (package
/// Privacy.Kit.Consent.Sqlite). Appends to the same person are serialized; an append returns only once it is stored.
/// </summary>
public interface IConsentLedger
{
    /// <summary>Appends an event to the end of a person's chain.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The stored entry with its sequence and hashes.</returns>
    /// <exception cref="ArgumentException">The event is incomplete or inconsistent; nothing is stored.</exception>
    ConsentRecord Append(SubjectPseudonym subject, ConsentEvent consentEvent);

    /// <summary>Every entry of a person, decisions included, in chain order.</summary>
    /// <param name="subject">The person.</param>
    /// <returns>The entries; empty for an unknown person.</returns>
    IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject);

    /// <summary>The entries that make up a person's consent state (everything but <see cref="ContactDecisionRecorded"/>), in chain order.</summary>
    /// <param name="subject">The person.</param>
    /// <returns>The entries; empty for an unknown person.</returns>
    IReadOnlyList<ConsentRecord> ReadHistory(SubjectPseudonym subject);

    /// <summary>Checks one person's chain.</summary>
    /// <param name="subject">The person.</param>
    /// <returns>Where the chain breaks, if it does.</returns>
    ChainVerification Verify(SubjectPseudonym subject);

    /// <summary>Checks every chain in the ledger.</summary>
    /// <returns>The broken chains, if any.</returns>
    LedgerVerification VerifyAll();
}
