using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Cli.Serve;

/// <summary>The lines <c>privacy-kit serve</c> itself logs (through the server's redacting logger).</summary>
internal static partial class ServeLog
{
    [LoggerMessage(1, LogLevel.Information, "Serving the consent ledger {Ledger}")]
    public static partial void Serving(ILogger logger, string ledger);
}
