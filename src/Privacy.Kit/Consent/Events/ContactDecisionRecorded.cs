using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// A contact decision kept as evidence in the person's chain, so that the organisation can prove that every
/// contact it made was allowed when it was made. It does not change the person's consent state.
/// </summary>
public sealed record ContactDecisionRecorded : ConsentEvent
{
    internal const string KindName = "contact-decision";

    /// <summary>The decision.</summary>
    public required ContactDecision Decision { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static ContactDecisionRecorded Read(JsonElement e, DateTimeOffset occurredAt, SubjectPseudonym subject) => new()
    {
        OccurredAt = occurredAt,
        Decision = ContactDecision.Read(e, subject),
    };

    internal override void WriteFields(Utf8JsonWriter writer) => Decision.WriteFields(writer);
}
