namespace Privacy.Kit.Consent;

/// <summary>
/// The contact rules every jurisdiction shares, as one pure function of a person's history and a request. The order
/// of the checks is the order of legal strength: an objection, then a withdrawal, then consent, then a request by the
/// person, then the exceptions (the jurisdiction's <see cref="JurisdictionRules.WithoutConsent"/>), and for marketing
/// calls the jurisdiction's calling hours.
/// </summary>
internal static class ContactRules
{
    /// <summary>How long after the relationship ends it still counts (industry code).</summary>
    public const int CustomerRelationshipYears = 3;

    internal static readonly ContactGround[] RelationshipGround = [ContactGround.CustomerRelationship];
    internal static readonly ContactGround[] SoftOptInGround = [ContactGround.SoftOptIn];
    internal static readonly ContactGround[] OptOutGround = [ContactGround.OptOut];

    private static readonly ContactGround[] ServiceGround = [ContactGround.Service];
    private static readonly ContactGround[] ConsentGround = [ContactGround.Consent];
    private static readonly ContactGround[] RequestedGround = [ContactGround.RequestedByPerson];

    /// <exception cref="ArgumentOutOfRangeException">The request's jurisdiction has no registered rules.</exception>
    public static ContactDecision Decide(
        IReadOnlyList<ConsentRecord> stored, SubjectPseudonym subject, ContactRequest request, DateTimeOffset at, ContactRuleSet rules)
    {
        // Both ledgers return arrays; indexing a span avoids an interface call per entry.
        ReadOnlySpan<ConsentRecord> history = stored as ConsentRecord[] ?? [.. stored];
        var caller = request.Caller;
        var jurisdiction = request.Jurisdiction;
        var inForce = rules[jurisdiction];
        var hours = inForce.Hours;
        var facts = Facts.Gather(history, request, at);

        List<DenialReason>? reasons = null;
        ContactGround[]? grounds;
        if (request.Purpose == ContactPurpose.Service)
        {
            grounds = facts.WithdrawalStands ? Deny(ref reasons, DenialReason.Withdrawn) : ServiceGround;
        }
        else if (facts.ObjectionStands)
        {
            grounds = Deny(ref reasons, DenialReason.Objection);
        }
        else if (facts.WithdrawalStands)
        {
            grounds = Deny(ref reasons, DenialReason.Withdrawn);
        }
        else if (facts.ConsentValid)
        {
            grounds = ConsentGround;
        }
        else
        {
            if (facts.Consent is not null)
            {
                Deny(ref reasons, DenialReason.ConsentExpired);
            }

            grounds = facts.CallRequest is not null ? RequestedGround : inForce.Rules.WithoutConsent(new MarketingContact(history, request, at, rules), ref reasons);
        }

        if (grounds is not null && request.Purpose == ContactPurpose.DirectMarketing && request.Channel == ContactChannel.Phone
            && hours.Check(at) is { } outsideHours)
        {
            grounds = Deny(ref reasons, outsideHours);
        }

        var allowed = grounds is not null;
        return new ContactDecision
        {
            Allowed = allowed,
            Subject = subject,
            Purpose = request.Purpose,
            Channel = request.Channel,
            Caller = caller,
            Jurisdiction = jurisdiction,
            At = at,
            Grounds = grounds ?? [],
            Reasons = allowed ? [] : (IReadOnlyList<DenialReason>?)reasons ?? [DenialReason.NoConsent],
            Obligations = allowed ? Obligations(request, grounds![0]) : ContactObligations.None,
            RuleSetVersion = inForce.Version,
        };
    }

    /// <summary>Whether a customer relationship with <paramref name="legalEntity"/> counts at <paramref name="at"/>: running, or ended within <see cref="CustomerRelationshipYears"/>.</summary>
    internal static CustomerRelationshipState CustomerRelationship(ReadOnlySpan<ConsentRecord> history, string legalEntity, DateTimeOffset at)
    {
        var found = CustomerRelationshipState.None;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i].Event is not CustomerRelationshipRecorded r || r.Since > at || !SameEntity(r.LegalEntity, legalEntity) || IsSuperseded(history, i, r))
            {
                continue;
            }

            if (r.Until is not { } until || until.AddYears(CustomerRelationshipYears) >= at)
            {
                return CustomerRelationshipState.Current;
            }

            found = CustomerRelationshipState.TooOld;
        }

        return found;
    }

    /// <summary>A later record of the same legal entity and start replaces an earlier one (for example to close it).</summary>
    private static bool IsSuperseded(ReadOnlySpan<ConsentRecord> history, int index, CustomerRelationshipRecorded relationship)
    {
        for (var j = index + 1; j < history.Length; j++)
        {
            if (history[j].Event is CustomerRelationshipRecorded later && later.Since == relationship.Since && SameEntity(later.LegalEntity, relationship.LegalEntity))
            {
                return true;
            }
        }

        return false;
    }

    private static ContactObligations Obligations(ContactRequest request, ContactGround ground)
    {
        var similar = ground is ContactGround.CustomerRelationship or ContactGround.SoftOptIn ? ContactObligations.OwnSimilarProductsOnly : ContactObligations.None;
        return (request.Purpose, request.Channel) switch
        {
            (ContactPurpose.Service, ContactChannel.Phone) => ContactObligations.Identify | ContactObligations.VisibleNumber,
            (ContactPurpose.Service, _) => ContactObligations.Identify,
            (_, ContactChannel.Phone) => ContactObligations.Identify | ContactObligations.VisibleNumber | ContactObligations.OfferObjection | ContactObligations.RecordAnswer | similar,
            (_, ContactChannel.Post) => ContactObligations.Identify | ContactObligations.OfferObjection,
            _ => ContactObligations.Identify | ContactObligations.OfferOptOut | similar,
        };
    }

    /// <summary>Adds a reason (once) and returns null: no ground.</summary>
    internal static ContactGround[]? Deny(ref List<DenialReason>? reasons, DenialReason reason)
    {
        reasons ??= [];
        if (!reasons.Contains(reason))
        {
            reasons.Add(reason);
        }

        return null;
    }

    internal static bool SameEntity(string a, string b) => a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
}
