namespace Privacy.Kit.Consent.Service.Api;

/// <summary>The answer of <c>GET /health</c>.</summary>
/// <param name="Status"><c>ok</c>.</param>
internal sealed record Health(string Status);
