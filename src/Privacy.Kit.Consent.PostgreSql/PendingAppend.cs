namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>One queued append: the group commit completes it with the stored entry, or with why it was not stored.</summary>
internal sealed class PendingAppend(SubjectPseudonym subject, ConsentEvent consentEvent)
{
    public SubjectPseudonym Subject { get; } = subject;

    public ConsentEvent Event { get; } = consentEvent;

    public TaskCompletionSource<ConsentRecord> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
