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

/// <summary>The caller on a <see cref="CallRecordPayload"/>.</summary>
public sealed class CallerPayload
{
    [PersonalData]
    public string CustomerId { get; set; } = "";

    [PersonName]
    public string Name { get; set; } = "";

    [PhoneNumber]
    public string Phone { get; set; } = "";

    [Email]
    public string Email { get; set; } = "";

    [PostalAddress]
    public string Address { get; set; } = "";

    [DateOfBirth]
    public DateOnly DateOfBirth { get; set; }
}

/// <summary>An agent's note on a <see cref="CallRecordPayload"/>.</summary>
public sealed class CallNotePayload
{
    [FreeText]
    public string Text { get; set; } = "";

    public string AgentId { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
