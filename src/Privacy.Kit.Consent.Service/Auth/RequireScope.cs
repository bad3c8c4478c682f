using Microsoft.AspNetCore.Http;

namespace Privacy.Kit.Consent.Service.Auth;

/// <summary>
/// The bearer check in front of an endpoint: no key or an unknown key is <c>401</c> (with
/// <c>WWW-Authenticate: Bearer</c>), a known key without the endpoint's scope is <c>403</c>; both as
/// <c>application/problem+json</c>.
/// </summary>
internal sealed class RequireScope(ApiKeys keys, string scope) : IEndpointFilter
{
    public const string ClientItem = "privacy-kit.client";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString().AsSpan().Trim();
        const string Bearer = "Bearer ";
        var client = header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? keys.Find(header[Bearer.Length..].Trim()) : null;
        if (client is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ValueTask.FromResult<object?>(Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: header.IsEmpty ? "Send the key as 'Authorization: Bearer <key>'." : "The key is not known."));
        }

        http.Items[ClientItem] = client;
        if (!client.Scopes.Contains(scope))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: $"The key '{client.Name}' lacks the scope '{scope}'."));
        }

        return next(context);
    }
}
