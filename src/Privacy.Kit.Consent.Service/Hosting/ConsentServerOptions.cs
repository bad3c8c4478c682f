using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Service.Auth;

namespace Privacy.Kit.Consent.Service.Hosting;

/// <summary>What <see cref="ConsentServer"/> serves and where.</summary>
public sealed record ConsentServerOptions
{
    /// <summary>The open ledger; the caller keeps and disposes it.</summary>
    public required ConsentLedger Ledger { get; init; }

    /// <summary>The pseudonymization key the ledger is keyed by.</summary>
    public required SubjectPseudonymizer Pseudonymizer { get; init; }

    /// <summary>The bearer keys.</summary>
    public required ApiKeys Keys { get; init; }

    /// <summary>Where to listen, for example <c>http://127.0.0.1:8080</c> (several separated by <c>;</c>; port 0 picks a free one).</summary>
    public required string Urls { get; init; }

    /// <summary>Where the log lines go (redacted).</summary>
    public required TextWriter Log { get; init; }

    /// <summary>Text that must never reach the log: the API keys, the database password.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>The clock for "now"; the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The ECDSA P-256 key <c>GET /v1/digest</c> signs with (and proofs carry a digest of); without one digests are not served.</summary>
    public System.Security.Cryptography.ECDsa? SigningKey { get; init; }

    /// <summary>The rules' options (calling hours, the Belgian opt-out list); the defaults when null.</summary>
    public ContactRuleOptions? Rules { get; init; }
}
