namespace Privacy.Kit.Consent;

/// <summary>What an opt-out list says about a person.</summary>
public enum DoNotCallStatus
{
    /// <summary>The list could not be consulted for this person (no phone number, list unavailable): treated as registered.</summary>
    Unknown,

    /// <summary>The person's number is not on the list.</summary>
    NotRegistered,

    /// <summary>The person's number is on the list.</summary>
    Registered,
}
