namespace Privacy.Kit.Consent.Service.Auth;

/// <summary>The keys file cannot be used; the message says which entry and what to fix.</summary>
public sealed class ApiKeyFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the keys file and, where it helps, how to fix it.</param>
    public ApiKeyFileException(string message)
        : base(message)
    {
    }
}
