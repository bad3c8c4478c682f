using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Consent.Service.Logging;

/// <summary>The server's only logger: one line per entry (<c>info: Category[1] message</c>), redacted by <see cref="LogRedaction"/>, to one writer.</summary>
internal sealed class RedactingLoggerProvider(TextWriter output, LogRedaction redaction) : ILoggerProvider
{
    private readonly object _gate = new();

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(categoryName, this);

    public void Write(LogLevel level, string category, EventId eventId, string message, Exception? exception)
    {
        var line = $"{Level(level)}: {category}[{eventId.Id}] {message}";
        if (exception is not null)
        {
            // The type and message only: a stack trace says nothing to an operator and may carry values.
            line += $" ({exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")})";
        }

        line = redaction.Redact(line);
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    public void Dispose()
    {
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}
