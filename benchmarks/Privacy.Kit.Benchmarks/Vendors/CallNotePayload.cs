namespace Privacy.Kit.Benchmarks.Vendors;

/// <summary>An agent's note on a <see cref="CallRecordPayload"/>.</summary>
public sealed class CallNotePayload
{
    [FreeText]
    public string Text { get; set; } = "";

    public string AgentId { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
