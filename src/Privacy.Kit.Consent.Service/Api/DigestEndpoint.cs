using Microsoft.AspNetCore.Http;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>GET /v1/digest</c>: the signed digest of the whole ledger. The ledger does not produce signed digests yet
/// (the keyed chain and digests of the consent-trust work): until it does the endpoint says so with <c>501</c>
/// rather than answer with something that is not a digest.
/// </summary>
internal static class DigestEndpoint
{
    public static IResult Handle() => Results.Problem(
        statusCode: StatusCodes.Status501NotImplemented,
        title: "Not Implemented",
        detail: "this ledger does not sign digests yet.");
}
