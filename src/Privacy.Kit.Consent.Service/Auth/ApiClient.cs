namespace Privacy.Kit.Consent.Service.Auth;

/// <summary>Who called: the key's name from the keys file and its scopes. The key itself is never kept here.</summary>
/// <param name="Name">The key's name, for example <c>acme-dialer</c>.</param>
/// <param name="Scopes">What the key may do (<see cref="ApiScope"/>).</param>
internal sealed record ApiClient(string Name, IReadOnlySet<string> Scopes);
