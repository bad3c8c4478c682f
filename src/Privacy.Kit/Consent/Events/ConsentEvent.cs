using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// One fact in a person's consent history. The history is append-only: the current state is derived from it and
/// never overwritten. The kinds are <see cref="ConsentGiven"/>, <see cref="ConsentWithdrawn"/>,
/// <see cref="ObjectionRecorded"/>, <see cref="CustomerRelationshipRecorded"/>, <see cref="CallRequested"/>,
/// <see cref="ContactMade"/> and <see cref="ContactDecisionRecorded"/>.
/// </summary>
public abstract record ConsentEvent
{
    private protected ConsentEvent()
    {
    }

    /// <summary>When the fact happened: consent given, objection heard, call made. Decisions at an earlier moment ignore it.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The stored name of this kind of event, for example <c>consent-given</c>.</summary>
    public abstract string Kind { get; }

    internal abstract void WriteFields(Utf8JsonWriter writer);

    /// <summary>
    /// Checks the event the way a ledger checks it before appending, so that a tool can reject bad input before it
    /// opens or writes any storage.
    /// </summary>
    /// <exception cref="ArgumentException">A required field is missing or blank, a value is undefined, or a moment is
    /// not after <see cref="OccurredAt"/>; <see cref="ArgumentException.ParamName"/> names the field.</exception>
    public void Validate() => CheckFields();

    /// <summary>Throws when a required field of this kind is missing or inconsistent, so that nothing invalid enters a ledger.</summary>
    private protected virtual void CheckFields()
    {
    }

    private protected static string RequireText(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{field} is required and must not be blank.", field) : value;

    private protected static void RequireDefined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"{field} has the undefined value {value}.", field);
        }
    }

    private protected void RequireAfterOccurred(DateTimeOffset? moment, string field)
    {
        if (moment is { } value && value <= OccurredAt)
        {
            throw new ArgumentException($"{field} ({value:O}) must be later than OccurredAt ({OccurredAt:O}).", field);
        }
    }
}
