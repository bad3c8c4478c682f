namespace Privacy.Kit.Consent.Service.Auth;

/// <summary>What a key may do. A dialer gets <see cref="Decide"/> and <see cref="Record"/>; an auditor <see cref="Proof"/> and <see cref="Digest"/>.</summary>
internal static class ApiScope
{
    /// <summary>Ask for a contact decision (<c>POST /v1/decisions</c>).</summary>
    public const string Decide = "decide";

    /// <summary>Record an event (<c>POST /v1/events</c>).</summary>
    public const string Record = "record";

    /// <summary>Read a person's history with its proof (<c>GET /v1/subjects/{subject}/proof</c>).</summary>
    public const string Proof = "proof";

    /// <summary>Read the signed digest of the ledger (<c>GET /v1/digest</c>).</summary>
    public const string Digest = "digest";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Decide, Record, Proof, Digest };
}
