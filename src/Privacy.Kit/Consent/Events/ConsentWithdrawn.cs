using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// The person withdrew consent for one purpose on one channel (GDPR Art. 7(3)). It ends that consent and, until a
/// later consent, every other ground for that purpose on that channel.
/// </summary>
public sealed record ConsentWithdrawn : ConsentEvent
{
    internal const string KindName = "consent-withdrawn";

    /// <summary>The purpose withdrawn.</summary>
    public required ContactPurpose Purpose { get; init; }

    /// <summary>The channel withdrawn.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>The legal entity the withdrawal was addressed to.</summary>
    public required string LegalEntity { get; init; }

    /// <summary>How the person withdrew, for example <c>unsubscribe link</c> or <c>in-call</c>.</summary>
    public string? Method { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static ConsentWithdrawn Read(JsonElement e, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        Purpose = e.Purpose(),
        Channel = e.Channel(),
        LegalEntity = e.RequiredString("legalEntity"),
        Method = e.OptionalString("method"),
    };

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("purpose", ConsentVocabulary.Name(Purpose));
        writer.WriteString("channel", ConsentVocabulary.Name(Channel));
        writer.WriteString("legalEntity", LegalEntity);
        writer.WriteOptional("method", Method);
    }

    private protected override void CheckFields()
    {
        RequireDefined(Purpose, nameof(Purpose));
        RequireDefined(Channel, nameof(Channel));
        RequireText(LegalEntity, nameof(LegalEntity));
    }
}
