namespace Privacy.Kit.Cli.Consent;

/// <summary>Bad input to a consent command: reported as one line on standard error with exit code 2, nothing written.</summary>
internal sealed class ConsentUsageException(string message) : Exception(message);
