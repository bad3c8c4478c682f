using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Benchmarks.Redaction;

/// <summary>A sink that reads every tag value, as a real exporter would, so redaction actually runs, and keeps nothing.</summary>
internal sealed class StateReadingLoggerProvider : ILoggerProvider, ILogger
{
    public int Characters { get; private set; }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> tags)
        {
            for (int i = 0; i < tags.Count; i++)
            {
                Characters += tags[i].Value?.ToString()?.Length ?? 0;
            }
        }
    }

    public void Dispose()
    {
    }
}
