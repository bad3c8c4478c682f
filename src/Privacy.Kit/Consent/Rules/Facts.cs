namespace Privacy.Kit.Consent;

/// <summary>
/// What a person's history says about one request at one moment: the latest consent, withdrawal and objection
/// known at that moment, and a call request not yet answered. "Latest" orders by <see cref="ConsentEvent.OccurredAt"/>,
/// then by sequence, so backdated events fall into place.
/// </summary>
internal readonly struct Facts
{
    private Facts(ConsentRecord? consent, ConsentRecord? withdrawal, ConsentRecord? objection, ConsentRecord? callRequest, DateTimeOffset at)
    {
        Consent = consent;
        CallRequest = callRequest;
        ObjectionStands = objection is not null && (consent is null || !Later(consent, objection));
        WithdrawalStands = withdrawal is not null && (consent is null || !Later(consent, withdrawal));
        ConsentValid = consent is not null && !ObjectionStands && !WithdrawalStands
            && (((ConsentGiven)consent.Event).ValidUntil is not { } until || at < until);
    }

    public ConsentRecord? Consent { get; }

    public ConsentRecord? CallRequest { get; }

    /// <summary>An objection with no explicit consent for this purpose and channel after it.</summary>
    public bool ObjectionStands { get; }

    /// <summary>A withdrawal for this purpose and channel with no consent after it.</summary>
    public bool WithdrawalStands { get; }

    /// <summary>Consent for this purpose, channel and legal entity that nothing later undid and that has not expired.</summary>
    public bool ConsentValid { get; }

    public static Facts Gather(ReadOnlySpan<ConsentRecord> history, ContactRequest request, DateTimeOffset at)
    {
        ConsentRecord? consent = null, withdrawal = null, objection = null, callRequest = null;
        var entity = request.Caller.LegalEntity;
        for (var i = 0; i < history.Length; i++)
        {
            var record = history[i];
            switch (record.Event)
            {
                case { OccurredAt: var occurred } when occurred > at:
                    break;
                case ConsentGiven g when g.Purpose == request.Purpose && g.Channel == request.Channel && ContactRules.SameEntity(g.LegalEntity, entity):
                    consent = Latest(record, consent);
                    break;
                case ConsentWithdrawn w when w.Purpose == request.Purpose && w.Channel == request.Channel && ContactRules.SameEntity(w.LegalEntity, entity):
                    withdrawal = Latest(record, withdrawal);
                    break;
                case ObjectionRecorded:
                case ContactMade { Answer: ObjectionAnswer.Objected }:
                    objection = Latest(record, objection);
                    break;
                case CallRequested q when q.Purpose == request.Purpose && q.Channel == request.Channel && (q.ValidUntil is not { } until || at <= until):
                    callRequest = Latest(record, callRequest);
                    break;
            }
        }

        return new Facts(consent, withdrawal, objection, Answered(history, callRequest, at) ? null : callRequest, at);
    }

    /// <summary>Whether a contact on the request's channel already followed it: a call request allows one contact.</summary>
    private static bool Answered(ReadOnlySpan<ConsentRecord> history, ConsentRecord? callRequest, DateTimeOffset at)
    {
        if (callRequest is null)
        {
            return false;
        }

        var channel = ((CallRequested)callRequest.Event).Channel;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i].Event is ContactMade made && made.Channel == channel && made.OccurredAt <= at && Later(history[i], callRequest))
            {
                return true;
            }
        }

        return false;
    }

    private static ConsentRecord Latest(ConsentRecord candidate, ConsentRecord? current) =>
        current is null || Later(candidate, current) ? candidate : current;

    private static bool Later(ConsentRecord a, ConsentRecord b) =>
        a.Event.OccurredAt > b.Event.OccurredAt || (a.Event.OccurredAt == b.Event.OccurredAt && a.Sequence > b.Sequence);
}
