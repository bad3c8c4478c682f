namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>The keys file the tests serve with: a dialer, an auditor, and a key with no scope a test needs.</summary>
internal static class TestKeys
{
    public const string Dialer = "dialer-7Qm3vKx9LwP2sT8yR4nB";
    public const string Auditor = "auditor-Hc5Jf1Zq8Wd3Xg6Vb0Nk";
    public const string DigestOnly = "digest-Rt2Ym7Pa4Ls9Ke1Uc6Qw";

    /// <summary>The base64 pseudonymization key the servers run with (PRIVACY_KIT_CONSENT_KEY).</summary>
    public static readonly string LedgerKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    public const string Json = $$"""
        [
          {"name": "acme-dialer", "key": "{{Dialer}}", "scopes": ["decide", "record"]},
          {"name": "auditor", "key": "{{Auditor}}", "scopes": ["proof", "digest"]},
          {"name": "digest-reader", "key": "{{DigestOnly}}", "scopes": ["digest"]}
        ]
        """;
}
