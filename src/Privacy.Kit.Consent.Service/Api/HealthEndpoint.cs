using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary><c>GET /health</c>: <c>200</c> when the ledger answers a read, <c>503</c> when it does not. No key needed (load balancers call it).</summary>
internal static class HealthEndpoint
{
    private static readonly SubjectPseudonym Nobody = SubjectPseudonym.FromBytes(new byte[32]);

    public static IResult Handle(IConsentLedger ledger)
    {
        try
        {
            ledger.ReadHistory(Nobody);
            return Results.Json(new Health("ok"));
        }
#pragma warning disable CA1031 // Any failure of the ledger is an unhealthy answer, not a crash of the health check.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service Unavailable", detail: "the consent ledger does not answer.");
        }
    }
}
