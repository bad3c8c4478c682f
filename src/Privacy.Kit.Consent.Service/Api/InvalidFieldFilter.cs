using Microsoft.AspNetCore.Http;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>Turns an <see cref="InvalidFieldException"/> into <c>400</c> <c>application/problem+json</c> (RFC 9457) naming the field.</summary>
internal sealed class InvalidFieldFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (InvalidFieldException invalid)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [invalid.Field] = [invalid.Message] },
                detail: invalid.Message,
                title: $"The request's '{invalid.Field}' is not valid.");
        }
    }
}
