namespace Privacy.Kit.Consent.Service.Auth;

/// <summary>The keys file cannot be used; the message says which entry and what to fix.</summary>
internal sealed class ApiKeyFileException(string message) : Exception(message);
