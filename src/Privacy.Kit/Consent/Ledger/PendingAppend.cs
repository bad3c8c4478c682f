using System.Runtime.ExceptionServices;

namespace Privacy.Kit.Consent;

/// <summary>An append waiting for the group commit that stores it.</summary>
internal sealed class PendingAppend(SubjectPseudonym subject, ConsentEvent consentEvent)
{
    private ConsentRecord? _record;
    private ExceptionDispatchInfo? _error;

    public SubjectPseudonym Subject { get; } = subject;

    public ConsentEvent Event { get; } = consentEvent;

    public bool IsDone => _record is not null || _error is not null;

    public void Succeed(ConsentRecord record) => _record = record;

    public void Fail(Exception error) => _error ??= ExceptionDispatchInfo.Capture(error);

    public ConsentRecord Outcome()
    {
        _error?.Throw();
        return _record ?? throw new InvalidOperationException("The append was not committed.");
    }
}
