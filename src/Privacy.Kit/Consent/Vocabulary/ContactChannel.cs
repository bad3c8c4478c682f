namespace Privacy.Kit.Consent;

/// <summary>How a person is contacted. Written as <c>phone</c>, <c>sms</c>, <c>email</c> and <c>post</c>.</summary>
public enum ContactChannel
{
    /// <summary>A telephone call by a person (telemarketing).</summary>
    Phone,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>An e-mail message.</summary>
    Email,

    /// <summary>Addressed paper mail.</summary>
    Post,
}
