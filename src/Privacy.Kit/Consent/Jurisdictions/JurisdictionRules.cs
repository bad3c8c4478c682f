namespace Privacy.Kit.Consent;

/// <summary>
/// Everything that differs between jurisdictions, in one object per country (a folder under <c>Jurisdictions/</c>,
/// registered once in <see cref="JurisdictionMap.Default"/>): its written code, its rule-set version, its calling hours
/// with their calendar and time zone, the legal sources its decisions cite, and the grounds a marketing contact
/// without consent may rest on. What every jurisdiction shares (an objection first, then a withdrawal, consent, a
/// request by the person, these exceptions, then the calling hours) is <see cref="ContactRules"/>.
/// </summary>
internal abstract class JurisdictionRules
{
    /// <summary>The jurisdiction these rules are for.</summary>
    public abstract Jurisdiction Jurisdiction { get; }

    /// <summary>The ISO 3166 country code, as written on the command line, in events and in proofs (<c>NL</c>).</summary>
    public abstract string Code { get; }

    /// <summary>The version of these rules, for example <c>nl-2026.1</c>; every decision records it with the calling hours' version.</summary>
    public abstract string Version { get; }

    /// <summary>The default calling hours: windows, public holidays for any year, time zone.</summary>
    public abstract CallingHours CallingHours { get; }

    /// <summary>The law on unsolicited marketing contacts, cited for grounds and reasons without a source of their own.</summary>
    protected abstract string MarketingLaw { get; }

    /// <summary>The legal source of a ground here; <see cref="ContactRuleCatalog"/> gives the ones every jurisdiction shares.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The source.</returns>
    public virtual string LegalSource(ContactGround ground) => MarketingLaw;

    /// <summary>The legal source of a denial reason here; <see cref="ContactRuleCatalog"/> gives the ones every jurisdiction shares.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The source.</returns>
    public virtual string LegalSource(DenialReason reason) => MarketingLaw;

    /// <summary>
    /// The ground of a marketing contact without consent or a request by the person, or null after adding why there
    /// is none. By default: post is opt-out; a current customer relationship allows e-mail and SMS for own similar
    /// products (soft opt-in); a phone call is what <see cref="PhoneWithoutConsent"/> says.
    /// </summary>
    /// <param name="call">The contact and the person's history.</param>
    /// <param name="reasons">The denial reasons so far.</param>
    /// <returns>The grounds, or null when denied.</returns>
    public virtual ContactGround[]? WithoutConsent(in MarketingContact call, ref List<DenialReason>? reasons)
    {
        if (call.Request.Channel == ContactChannel.Post)
        {
            return ContactRules.OptOutGround;
        }

        if (call.Request.Channel == ContactChannel.Phone)
        {
            return PhoneWithoutConsent(call, ref reasons);
        }

        var relationship = ContactRules.CustomerRelationship(call.History, call.Request.Caller.LegalEntity, call.At);
        if (relationship == CustomerRelationshipState.Current)
        {
            return ContactRules.SoftOptInGround;
        }

        if (relationship == CustomerRelationshipState.TooOld)
        {
            ContactRules.Deny(ref reasons, DenialReason.CustomerRelationshipTooOld);
        }

        return ContactRules.Deny(ref reasons, DenialReason.NoConsent);
    }

    /// <summary>The ground of a marketing phone call without consent or a request by the person, or null after adding why there is none.</summary>
    /// <param name="call">The call and the person's history.</param>
    /// <param name="reasons">The denial reasons so far.</param>
    /// <returns>The grounds, or null when denied.</returns>
    protected abstract ContactGround[]? PhoneWithoutConsent(in MarketingContact call, ref List<DenialReason>? reasons);
}
