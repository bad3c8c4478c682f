using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Privacy.Kit.Consent.Service.Auth;

namespace Privacy.Kit.Consent.Service.Hosting;

/// <summary>
/// One log line per request: method, the route's pattern (never the path, which may hold a phone number or e-mail
/// address), status, duration and the key's name. Unhandled failures are logged and answered <c>500</c> (or
/// <c>503</c> when the ledger's database cannot be reached) as <c>application/problem+json</c>.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
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

    [LoggerMessage(2, LogLevel.Error, "{Route} failed")]
    private static partial void Failed(ILogger logger, string route, Exception exception);
}
