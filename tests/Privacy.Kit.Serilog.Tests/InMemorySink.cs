using Serilog.Core;
using Serilog.Events;

namespace Privacy.Kit.Serilog.Tests;

/// <summary>Keeps every event a real Serilog pipeline emits, for the tests to read as a log store would receive them.</summary>
internal sealed class InMemorySink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }

    /// <summary>The one event's property as Serilog renders it (<c>Customer { Email: "j***@***.nl" }</c>).</summary>
    public string Property(string name) => Events.Single().Properties[name].ToString();

    /// <summary>The one event's message with its properties rendered.</summary>
    public string Message() => Events.Single().RenderMessage();
}
