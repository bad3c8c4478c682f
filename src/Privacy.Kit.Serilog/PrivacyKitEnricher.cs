using Serilog.Core;
using Serilog.Events;

namespace Privacy.Kit.Serilog;

/// <summary>
/// Redacts every scalar property of an event whose name says personal data (<c>{Email}</c> in a template,
/// <c>LogContext.PushProperty("Iban", iban)</c>, <c>ForContext("CustomerPhone", phone)</c>) with its kind's redactor:
/// a scalar carries no attribute, so its name is what classifies it. Allocates nothing when no name matches.
/// </summary>
/// <remarks>
/// Registered as a filter that lets every event through: Serilog runs filters after all enrichers, so it sees the
/// properties every enricher added, wherever it stands in the configuration.
/// </remarks>
internal sealed class PrivacyKitEnricher(SerilogRedactors redactors) : ILogEventEnricher, ILogEventFilter
{
    public bool IsEnabled(LogEvent logEvent)
    {
        Enrich(logEvent, propertyFactory: null);
        return true;
    }

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory? propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? redacted = null;
        foreach (KeyValuePair<string, LogEventPropertyValue> property in logEvent.Properties)
        {
            if (property.Value is ScalarValue { Value: { } value } && redactors.ForName(property.Key) is { } redactor)
            {
                redacted ??= [];
                redacted.Add(new LogEventProperty(property.Key, new ScalarValue(SerilogRedactors.Redact(redactor, value))));
            }
        }

        if (redacted is null)
        {
            return;
        }

        foreach (LogEventProperty property in redacted)
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }
}
