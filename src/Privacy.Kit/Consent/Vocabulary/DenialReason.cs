namespace Privacy.Kit.Consent;

/// <summary>Why a contact is denied.</summary>
public enum DenialReason
{
    /// <summary>The person objected to direct marketing and has not given explicit consent since.</summary>
    Objection,

    /// <summary>The person withdrew consent for this purpose and channel and has not given it again.</summary>
    Withdrawn,

    /// <summary>No consent or other ground for this purpose, channel and legal entity.</summary>
    NoConsent,

    /// <summary>Consent was given but has expired.</summary>
    ConsentExpired,

    /// <summary>The customer relationship ended more than 3 years before the contact.</summary>
    CustomerRelationshipTooOld,

    /// <summary>From 2026-07-01 the customer-relationship exception no longer covers commercial callers (NL).</summary>
    CustomerRelationshipExceptionEnded,

    /// <summary>The number is on the Belgian "Do Not Call Me" list.</summary>
    DoNotCallRegistered,

    /// <summary>The "Do Not Call Me" list could not be consulted for this person, so the call is not known to be allowed.</summary>
    DoNotCallUnknown,

    /// <summary>The moment is outside the configured calling hours.</summary>
    OutsideCallingHours,

    /// <summary>The moment falls on a configured public holiday.</summary>
    PublicHoliday,

    /// <summary>The calling calendar has no holiday data for the year of the moment, so the call is not known to be allowed.</summary>
    CallingCalendarMissing,
}
