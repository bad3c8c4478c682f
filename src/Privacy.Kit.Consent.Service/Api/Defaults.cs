namespace Privacy.Kit.Consent.Service.Api;

/// <summary>The values a request may leave out, the same as on the command line.</summary>
internal static class Defaults
{
    /// <summary>The legal entity when none is named: the ledger's owner, as <c>privacy-kit consent --legal-entity</c> defaults.</summary>
    public const string LegalEntity = "self";
}
