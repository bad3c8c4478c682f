namespace Privacy.Kit.Consent;

/// <summary>What the caller must do during an allowed contact.</summary>
[Flags]
public enum ContactObligations
{
    /// <summary>No obligation beyond the law in general.</summary>
    None = 0,

    /// <summary>Say who is calling and for which organisation.</summary>
    Identify = 1,

    /// <summary>Call from a visible number on which the organisation can be reached.</summary>
    VisibleNumber = 2,

    /// <summary>Actively offer the right to object to direct marketing (GDPR Art. 21(4)).</summary>
    OfferObjection = 4,

    /// <summary>Record the answer (a <see cref="ContactMade"/> event) and honour an objection at once.</summary>
    RecordAnswer = 8,

    /// <summary>Offer a free, simple opt-out in every message.</summary>
    OfferOptOut = 16,

    /// <summary>Offer only the organisation's own similar products (soft opt-in and customer relationship).</summary>
    OwnSimilarProductsOnly = 32,
}
