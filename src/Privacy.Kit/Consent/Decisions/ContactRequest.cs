namespace Privacy.Kit.Consent;

/// <summary>A question to a <see cref="ConsentService"/>: may this person be contacted for this purpose, on this channel, by this caller, at this moment?</summary>
public sealed record ContactRequest
{
    /// <summary>The person to contact.</summary>
    public required SubjectId Subject { get; init; }

    /// <summary>The purpose of the contact.</summary>
    public required ContactPurpose Purpose { get; init; }

    /// <summary>The channel of the contact.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>Who contacts the person.</summary>
    public required Caller Caller { get; init; }

    /// <summary>Whose rules apply: the country of the person contacted.</summary>
    public Jurisdiction Jurisdiction { get; init; } = Jurisdiction.Netherlands;

    /// <summary>The moment of the contact; null for now (the service's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset? At { get; init; }
}
