namespace Privacy.Kit.Consent;

/// <summary>
/// Checks calls a contact center says it placed against the ledger: for each call, the decision the rules give at
/// the call's time from the history as it stood then (what had happened by that moment, objections and withdrawals of
/// linked identifiers included; an objection made before the call but recorded after it still counts, since it had
/// to be honoured at once). It reads the ledger once, in one snapshot, and never writes to it, so a million
/// calls take seconds. Not thread-safe.
/// </summary>
public sealed class CallAudit
{
    private readonly Dictionary<SubjectPseudonym, ConsentRecord[]> _histories;
    private readonly SubjectPseudonymizer _pseudonymizer;
    private readonly ContactRuleSet _rules;
    private readonly Dictionary<SubjectId, SubjectPseudonym> _pseudonyms = [];

    /// <summary>Initializes a new instance of the <see cref="CallAudit"/> class: reads and verifies every person's history once.</summary>
    /// <param name="ledger">The ledger; only read.</param>
    /// <param name="pseudonymizer">The pseudonymizer of the ledger's key.</param>
    /// <param name="options">Calling hours and the Belgian opt-out list; the defaults when null.</param>
    /// <exception cref="ConsentLedgerDamagedException">An entry cannot be read or the ledger does not verify (<see cref="ConsentLedger.VerifyAll"/>): no audit is made on damaged evidence.</exception>
    public CallAudit(ConsentLedger ledger, SubjectPseudonymizer pseudonymizer, ContactRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        _pseudonymizer = pseudonymizer ?? throw new ArgumentNullException(nameof(pseudonymizer));
        _rules = (options ?? new ContactRuleOptions()).Resolve();
        _histories = ledger.ReadAllHistories();
    }

    /// <summary>The decision for one call at its time, as the ledger stood then. Nothing is recorded.</summary>
    /// <param name="request">The call; <see cref="ContactRequest.At"/> is required.</param>
    /// <returns>The decision.</returns>
    [ConsentCheck]
    public ContactDecision Decide(ContactRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Caller);
        var at = request.At ?? throw new ArgumentException("An audited call needs its time (At).", nameof(request));
        if (!_pseudonyms.TryGetValue(request.Subject, out var subject))
        {
            subject = _pseudonymizer.Pseudonymize(request.Subject);
            _pseudonyms.Add(request.Subject, subject);
        }

        var history = LinkedHistory.Read(subject, History);
        return ContactRules.Decide(history, subject, request, at, _rules);
    }

    private IReadOnlyList<ConsentRecord> History(SubjectPseudonym subject) => _histories.TryGetValue(subject, out var history) ? history : [];
}
