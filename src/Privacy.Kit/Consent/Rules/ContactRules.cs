namespace Privacy.Kit.Consent;

/// <summary>
/// The Dutch and Belgian contact rules, as one pure function of a person's history and a request. The order of
/// the checks is the order of legal strength: an objection, then a withdrawal, then consent, then the exceptions.
/// </summary>
internal static class ContactRules
{
    public const string NetherlandsVersion = "nl-2026.1";
    public const string BelgiumVersion = "be-2026.1";

    /// <summary>From this moment (Dutch time) the customer-relationship exception no longer covers commercial callers.</summary>
    public static readonly DateTimeOffset CustomerRelationshipCommercialEnd = new(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2));

    /// <summary>How long after the relationship ends it still counts (industry code).</summary>
    public const int CustomerRelationshipYears = 3;

    private static readonly ContactGround[] ServiceGround = [ContactGround.Service];
    private static readonly ContactGround[] ConsentGround = [ContactGround.Consent];
    private static readonly ContactGround[] RequestedGround = [ContactGround.RequestedByPerson];
    private static readonly ContactGround[] RelationshipGround = [ContactGround.CustomerRelationship];
    private static readonly ContactGround[] SoftOptInGround = [ContactGround.SoftOptIn];
    private static readonly ContactGround[] OptOutGround = [ContactGround.OptOut];

    public static ContactDecision Decide(
        IReadOnlyList<ConsentRecord> stored, SubjectPseudonym subject, ContactRequest request, DateTimeOffset at, ContactRuleOptions options)
    {
        // Both ledgers return arrays; indexing a span avoids an interface call per entry.
        ReadOnlySpan<ConsentRecord> history = stored as ConsentRecord[] ?? [.. stored];
        var caller = request.Caller;
        var jurisdiction = request.Jurisdiction;
        var hours = jurisdiction == Jurisdiction.Belgium ? options.BelgiumCallingHours : options.NetherlandsCallingHours;
        var version = jurisdiction == Jurisdiction.Belgium ? options.BelgiumVersion : options.NetherlandsVersion;
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

            grounds = facts.CallRequest is not null ? RequestedGround : Exception(history, request, at, options, ref reasons);
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
            RuleSetVersion = version,
        };
    }

    /// <summary>The grounds other than consent: opt-out channels, the customer relationship, the soft opt-in, the Belgian list.</summary>
    private static ContactGround[]? Exception(
        ReadOnlySpan<ConsentRecord> history, ContactRequest request, DateTimeOffset at, ContactRuleOptions options, ref List<DenialReason>? reasons)
    {
        if (request.Channel == ContactChannel.Post)
        {
            return OptOutGround;
        }

        if (request.Channel == ContactChannel.Phone && request.Jurisdiction == Jurisdiction.Belgium)
        {
            return (options.DoNotCallMe?.Lookup(request.Subject, at) ?? DoNotCallStatus.Unknown) switch
            {
                DoNotCallStatus.NotRegistered => OptOutGround,
                DoNotCallStatus.Registered => Deny(ref reasons, DenialReason.DoNotCallRegistered),
                _ => Deny(ref reasons, DenialReason.DoNotCallUnknown),
            };
        }

        var relationship = CustomerRelationship(history, request.Caller.LegalEntity, at);
        if (relationship == Relationship.TooOld)
        {
            Deny(ref reasons, DenialReason.CustomerRelationshipTooOld);
        }
        else if (relationship == Relationship.Current)
        {
            if (request.Channel != ContactChannel.Phone)
            {
                return SoftOptInGround;
            }

            if (request.Jurisdiction == Jurisdiction.Netherlands
                && (at < CustomerRelationshipCommercialEnd || request.Caller.Sector != CallerSector.Commercial))
            {
                return RelationshipGround;
            }

            Deny(ref reasons, DenialReason.CustomerRelationshipExceptionEnded);
        }

        return Deny(ref reasons, DenialReason.NoConsent);
    }

    private static Relationship CustomerRelationship(ReadOnlySpan<ConsentRecord> history, string legalEntity, DateTimeOffset at)
    {
        var found = Relationship.None;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i].Event is not CustomerRelationshipRecorded r || r.Since > at || !SameEntity(r.LegalEntity, legalEntity) || IsSuperseded(history, i, r))
            {
                continue;
            }

            if (r.Until is not { } until || until.AddYears(CustomerRelationshipYears) >= at)
            {
                return Relationship.Current;
            }

            found = Relationship.TooOld;
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

    private static ContactGround[]? Deny(ref List<DenialReason>? reasons, DenialReason reason)
    {
        reasons ??= [];
        if (!reasons.Contains(reason))
        {
            reasons.Add(reason);
        }

        return null;
    }

    internal static bool SameEntity(string a, string b) => a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    private enum Relationship
    {
        None,
        TooOld,
        Current,
    }
}
