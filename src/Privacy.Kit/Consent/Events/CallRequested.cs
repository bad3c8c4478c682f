using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// The person asked to be contacted, for example with a call-me-back form. It allows contact on that channel for
/// that purpose until <see cref="ValidUntil"/> or until the next contact made on that channel, whichever is first.
/// </summary>
public sealed record CallRequested : ConsentEvent
{
    internal const string KindName = "call-requested";

    /// <summary>What the person wants to be contacted about.</summary>
    public required ContactPurpose Purpose { get; init; }

    /// <summary>The channel the person asked to be contacted on.</summary>
    public ContactChannel Channel { get; init; } = ContactChannel.Phone;

    /// <summary>When the request lapses; null when only the next contact ends it.</summary>
    public DateTimeOffset? ValidUntil { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static CallRequested Read(JsonElement e, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        Purpose = e.Purpose(),
        Channel = e.Channel(),
        ValidUntil = e.OptionalMoment("validUntil"),
    };

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("purpose", ConsentVocabulary.Name(Purpose));
        writer.WriteString("channel", ConsentVocabulary.Name(Channel));
        writer.WriteOptional("validUntil", ValidUntil);
    }

    private protected override void CheckFields()
    {
        RequireDefined(Purpose, nameof(Purpose));
        RequireDefined(Channel, nameof(Channel));
        RequireAfterOccurred(ValidUntil, nameof(ValidUntil));
    }
}
