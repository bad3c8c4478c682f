namespace Privacy.Kit.Benchmarks.Vendors;

/// <summary>A typical call record a contact center exports to its CRM.</summary>
public sealed class CallRecordPayload
{
    [NotPersonalData]
    public string CallId { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public int DurationSeconds { get; set; }

    public string Queue { get; set; } = "";

    public string Outcome { get; set; } = "";

    public CallerPayload Caller { get; set; } = new();

    public List<CallNotePayload> Notes { get; set; } = [];
}
