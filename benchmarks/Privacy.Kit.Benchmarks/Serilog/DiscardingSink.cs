using Serilog.Core;
using Serilog.Events;

namespace Privacy.Kit.Benchmarks.Serilog;

/// <summary>Renders each event's properties as a text sink would, then drops them, so only the pipeline is measured.</summary>
internal sealed class DiscardingSink : ILogEventSink
{
    private readonly StringWriter _writer = new();

    public void Emit(LogEvent logEvent)
    {
        foreach (KeyValuePair<string, LogEventPropertyValue> property in logEvent.Properties)
        {
            property.Value.Render(_writer);
        }

        _writer.GetStringBuilder().Clear();
    }
}
