using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// The person is or was a customer (or donor) of a legal entity: a contract, purchase or donation from
/// <see cref="Since"/> until <see cref="Until"/>. Recording the same legal entity and start again with an end
/// date closes the relationship; the latest record for that start counts.
/// </summary>
public sealed record CustomerRelationshipRecorded : ConsentEvent
{
    internal const string KindName = "customer-relationship";

    /// <summary>The legal entity the person is a customer of.</summary>
    public required string LegalEntity { get; init; }

    /// <summary>When the relationship started.</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>When the contract, last purchase or donation ended; null while it lasts.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static CustomerRelationshipRecorded Read(JsonElement e, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        LegalEntity = e.RequiredString("legalEntity"),
        Since = e.RequiredMoment("since"),
        Until = e.OptionalMoment("until"),
    };

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("legalEntity", LegalEntity);
        writer.WriteString("since", Since);
        writer.WriteOptional("until", Until);
    }

    private protected override void CheckFields()
    {
        RequireText(LegalEntity, nameof(LegalEntity));
        if (Until is { } until && until < Since)
        {
            throw new ArgumentException($"Until ({until:O}) must not be before Since ({Since:O}).", nameof(Until));
        }
    }
}
