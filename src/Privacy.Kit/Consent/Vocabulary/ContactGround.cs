namespace Privacy.Kit.Consent;

/// <summary>The legal ground on which a contact is allowed.</summary>
public enum ContactGround
{
    /// <summary>A service contact without promotion needs no consent.</summary>
    Service,

    /// <summary>Valid, unexpired consent for this purpose, channel and legal entity.</summary>
    Consent,

    /// <summary>The person asked to be contacted.</summary>
    RequestedByPerson,

    /// <summary>The customer-relationship exception for telephone marketing (NL, same legal entity, ended at most 3 years ago).</summary>
    CustomerRelationship,

    /// <summary>The soft opt-in for e-mail and SMS about own similar products to existing customers.</summary>
    SoftOptIn,

    /// <summary>An opt-out regime: allowed unless the person objected or is on the opt-out list.</summary>
    OptOut,
}
