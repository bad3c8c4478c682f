using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>GET /v1/subjects/{subject}/proof[?subjectKind=phone|email|customer]</c>: every event, decision and hash of
/// the person, the document <c>privacy-kit consent proof</c> prints; with a signing key, against a digest signed now,
/// with each entry's inclusion proof, so the person's evidence can be checked alone. <c>404</c> for a person without
/// history. Only keys with the <c>proof</c> scope (auditors), never a dialer's.
/// </summary>
internal static class ProofEndpoint
{
    public static IResult Handle(string subject, string? subjectKind, ConsentService consent, ConsentLedger ledger, DigestSigner signer)
    {
        var id = SubjectInput.Read(subject, subjectKind);
        var proof = consent.Proof(id, signer.Key is { } key ? ledger.CreateDigest(key) : null);
        return proof.Entries.Count == 0 && proof.IsIntact
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: "no history for this subject")
            : Results.Text(proof.ToJson(), "application/json", statusCode: StatusCodes.Status200OK);
    }
}
