using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Consent.Service.Logging;

/// <summary>A logger of one category that hands every entry to <see cref="RedactingLoggerProvider"/>.</summary>
internal sealed class RedactingLogger(string category, RedactingLoggerProvider provider) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            provider.Write(logLevel, category, eventId, formatter(state, exception), exception);
        }
    }
}
