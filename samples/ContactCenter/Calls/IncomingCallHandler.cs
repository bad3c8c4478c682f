using Microsoft.Extensions.Logging;

namespace ContactCenter.Calls;

/// <summary>Answers incoming calls: looks the caller up, takes notes, and logs only what is not personal data.</summary>
public sealed partial class IncomingCallHandler(ILogger<IncomingCallHandler> logger, TimeProvider time)
{
    /// <summary>Handles a call from a known customer.</summary>
    public CallRecord Handle(string callId, Customer customer, string queue, string note)
    {
        var record = new CallRecord { CallId = callId, Customer = customer, Queue = queue, DurationSeconds = 312 };
        record.Notes.Add(new CallNote(note, "agent-17", time.GetUtcNow()));
        LogCallHandled(callId, queue, record.Notes.Count);
        return record;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId} handled in queue {Queue} with {NoteCount} notes")]
    private partial void LogCallHandled(string callId, string queue, int noteCount);
}
