using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Privacy.Kit.Consent.Service.Auth;

namespace Privacy.Kit.Consent.Service.Hosting;

/// <summary>
/// One log line per request: method, the route's pattern (never the path, which may hold a phone number or e-mail
/// address), status, duration and the key's name. Unhandled failures are logged and answered <c>500</c> (or
/// <c>503</c> when the ledger's database cannot be reached) as <c>application/problem+json</c>; a ledger that fails
/// verification is <c>500</c> with the problem type <see cref="LedgerDamagedType"/>: not worth retrying, an operator
/// must look.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>The RFC 9457 problem type of a request refused because the consent ledger is damaged.</summary>
    public const string LedgerDamagedType = "urn:privacy-kit:problem:consent-ledger-damaged";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ConsentLedgerDamagedException) when (!context.Response.HasStarted)
        {
            // The exception's message names the damaged entry's subject (a pseudonym is still personal data): neither
            // the log nor the answer carries it. 'privacy-kit consent verify' shows the operator every broken entry.
            LedgerDamaged(logger, Route(context));
            await Results.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                type: LedgerDamagedType,
                title: "The consent ledger is damaged",
                detail: "the consent ledger failed verification, so nothing was decided or recorded; do not contact on this answer, and ask the operator to run 'privacy-kit consent verify'.").ExecuteAsync(context).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: log (redacted) and answer a problem instead of dropping the connection.
        catch (Exception e) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            var unavailable = e is Npgsql.NpgsqlException or TimeoutException or Microsoft.Data.Sqlite.SqliteException;
            Failed(logger, Route(context), e);
            await Results.Problem(
                statusCode: unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
                title: unavailable ? "Service Unavailable" : "Internal Server Error",
                detail: unavailable ? "the consent ledger is not available; nothing was recorded, try again." : "the request failed; see the server log.").ExecuteAsync(context).ConfigureAwait(false);
        }

        var client = context.Items.TryGetValue(RequireScope.ClientItem, out var found) && found is ApiClient known ? known.Name : "-";
        Served(logger, context.Request.Method, Route(context), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, client);
    }

    private static string Route(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : "(no route)";

    [LoggerMessage(1, LogLevel.Information, "{Method} {Route} {Status} in {Milliseconds:0.0} ms, key {Client}")]
    private static partial void Served(ILogger logger, string method, string route, int status, double milliseconds, string client);

    [LoggerMessage(3, LogLevel.Error, "{Route} refused: the consent ledger failed verification, nothing was decided or recorded; run 'privacy-kit consent verify'")]
    private static partial void LedgerDamaged(ILogger logger, string route);

    [LoggerMessage(2, LogLevel.Error, "{Route} failed")]
    private static partial void Failed(ILogger logger, string route, Exception exception);
}
