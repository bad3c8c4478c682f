namespace Privacy.Kit.Consent;

/// <summary>
/// The entry point for applications: records consent events for a person known by phone number, e-mail address
/// or customer id (stored only as a keyed pseudonym), decides whether a contact is allowed and keeps each decision
/// as evidence, and produces the proof for a person.
/// </summary>
public sealed class ConsentService
{
    private readonly IConsentLedger _ledger;
    private readonly SubjectPseudonymizer _pseudonymizer;
    private readonly TimeProvider _timeProvider;
    private readonly ContactRuleSet _rules;

    /// <summary>Initializes a new instance of the <see cref="ConsentService"/> class.</summary>
    /// <param name="ledger">Where events and decisions are kept.</param>
    /// <param name="pseudonymizer">Turns identifiers into the pseudonyms the ledger is keyed by.</param>
    /// <param name="timeProvider">The clock for "now"; the system clock when null.</param>
    /// <param name="options">Calling hours and the Belgian opt-out list; the defaults when null.</param>
    public ConsentService(IConsentLedger ledger, SubjectPseudonymizer pseudonymizer, TimeProvider? timeProvider = null, ContactRuleOptions? options = null)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _pseudonymizer = pseudonymizer ?? throw new ArgumentNullException(nameof(pseudonymizer));
        _timeProvider = timeProvider ?? TimeProvider.System;
        _rules = (options ?? new ContactRuleOptions()).Resolve();
    }

    /// <summary>The pseudonym a person is stored under.</summary>
    /// <param name="subject">The person.</param>
    /// <returns>The pseudonym.</returns>
    public SubjectPseudonym Pseudonymize(SubjectId subject) => _pseudonymizer.Pseudonymize(subject);

    /// <summary>Appends an event to a person's history.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The stored entry.</returns>
    /// <exception cref="ArgumentException">The event is incomplete or inconsistent; nothing is stored.</exception>
    public ConsentRecord Record(SubjectId subject, ConsentEvent consentEvent) => _ledger.Append(Pseudonymize(subject), consentEvent);

    /// <summary>
    /// Decides whether a contact is allowed and stores the decision in the person's chain as evidence. Call it
    /// right before the contact and act on <see cref="ContactDecision.Allowed"/>.
    /// </summary>
    /// <param name="request">Who, why, how, by whom and when.</param>
    /// <returns>The decision.</returns>
    [ConsentCheck]
    public ContactDecision Decide(ContactRequest request)
    {
        var decision = Evaluate(request);
        _ledger.Append(decision.Subject, new ContactDecisionRecorded { OccurredAt = _timeProvider.GetUtcNow(), Decision = decision });
        return decision;
    }

    /// <summary>
    /// Decides whether a contact would be allowed without storing the decision: for planning a campaign or showing
    /// an agent what is allowed. Use <see cref="Decide"/> for the contact itself, so there is evidence.
    /// </summary>
    /// <param name="request">Who, why, how, by whom and when.</param>
    /// <returns>The decision.</returns>
    [ConsentCheck]
    public ContactDecision Evaluate(ContactRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Caller);
        var subject = Pseudonymize(request.Subject);
        var at = request.At ?? _timeProvider.GetUtcNow();
        return ContactRules.Decide(LinkedHistory.Read(subject, _ledger.ReadHistory), subject, request, at, _rules);
    }

    /// <summary>
    /// Records that identifiers belong to one person, as an <see cref="IdentifiersLinked"/> event in the chain of each:
    /// from then on an objection or a withdrawal recorded under any of them applies to all of them, while a consent
    /// stays with the identifier it was given for.
    /// </summary>
    /// <param name="subjects">Two or more identifiers of the person.</param>
    /// <param name="at">When the link was established; now when null.</param>
    /// <param name="method">How it was established, for example <c>customer file</c>.</param>
    /// <returns>The stored entries, one per identifier.</returns>
    /// <exception cref="ArgumentException">Fewer than two different identifiers.</exception>
    public IReadOnlyList<ConsentRecord> Link(IReadOnlyList<SubjectId> subjects, DateTimeOffset? at = null, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var pseudonyms = subjects.Select(Pseudonymize).Distinct().ToList();
        if (pseudonyms.Count < 2)
        {
            throw new ArgumentException("Linking needs two or more different identifiers.", nameof(subjects));
        }

        var occurredAt = at ?? _timeProvider.GetUtcNow();
        var records = new List<ConsentRecord>(pseudonyms.Count);
        foreach (var pseudonym in pseudonyms)
        {
            records.Add(_ledger.Append(pseudonym, new IdentifiersLinked { OccurredAt = occurredAt, Others = [.. pseudonyms.Where(p => p != pseudonym)], Method = method }));
        }

        return records;
    }

    /// <summary>
    /// Every event, decision and hash of a person, with the chain's verification and (from a
    /// <see cref="ConsentLedger"/>) inclusion proofs against the ledger or <paramref name="digest"/>, ready to send on request.
    /// </summary>
    /// <param name="subject">The person.</param>
    /// <param name="digest">A signed digest to prove the entries against; null for the ledger as it is.</param>
    /// <returns>The proof.</returns>
    public ConsentProof Proof(SubjectId subject, LedgerDigest? digest = null)
    {
        var pseudonym = Pseudonymize(subject);
        if (_ledger is ConsentLedger evidence)
        {
            return evidence.Prove(pseudonym, digest);
        }

        var chain = _ledger.ReadChain(pseudonym);
        return new ConsentProof(pseudonym, _timeProvider.GetUtcNow(), chain, ConsentChain.Verify(pseudonym, chain));
    }
}
