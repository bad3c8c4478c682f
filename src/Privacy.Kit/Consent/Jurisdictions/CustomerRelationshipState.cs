namespace Privacy.Kit.Consent;

/// <summary>What a person's history says about a customer relationship with the caller's legal entity at a moment.</summary>
internal enum CustomerRelationshipState
{
    /// <summary>No relationship recorded, or none started yet.</summary>
    None,

    /// <summary>It ended more than the industry code's three years before.</summary>
    TooOld,

    /// <summary>It runs, or ended within the last three years.</summary>
    Current,
}
