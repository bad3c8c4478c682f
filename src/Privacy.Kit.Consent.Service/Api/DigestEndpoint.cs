using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>GET /v1/digest</c>: a digest of the whole ledger at this moment (entry count, Merkle root, time, ledger id)
/// signed with the server's key, the document <c>privacy-kit consent digest</c> writes. The client keeps it where the
/// operator cannot change it and later checks the ledger (or one person's proof) against it. <c>501</c> when the
/// server was started without <c>--signing-key</c>.
/// </summary>
internal static class DigestEndpoint
{
    public static IResult Handle(ConsentLedger ledger, DigestSigner signer) =>
        signer.Key is { } key
            ? Results.Text(ledger.CreateDigest(key).ToJson(), "application/json", statusCode: StatusCodes.Status200OK)
            : Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Not Implemented", detail: "the server was started without --signing-key, so it signs no digests.");
}
