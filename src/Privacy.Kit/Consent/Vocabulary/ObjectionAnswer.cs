namespace Privacy.Kit.Consent;

/// <summary>What the person answered when a contact offered the right to object.</summary>
public enum ObjectionAnswer
{
    /// <summary>The right to object was not offered or the answer was not recorded.</summary>
    NotAsked,

    /// <summary>The person did not object.</summary>
    NoObjection,

    /// <summary>The person objected: all direct marketing stops, on every channel.</summary>
    Objected,
}
