using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>GET /v1/subjects/{subject}/proof[?subjectKind=phone|email|customer]</c>: every event, decision and hash of
/// the person with the chain's verification, the document <c>privacy-kit consent proof</c> prints. <c>404</c> for
/// a person without history. Only keys with the <c>proof</c> scope (auditors), never a dialer's.
/// </summary>
internal static class ProofEndpoint
{
    public static IResult Handle(string subject, string? subjectKind, ConsentService consent)
    {
        var id = SubjectInput.Read(subject, subjectKind);
        var proof = consent.Proof(id);
        return proof.Verification.Length == 0
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: "no history for this subject")
            : Results.Text(proof.ToJson(), "application/json", statusCode: StatusCodes.Status200OK);
    }
}
