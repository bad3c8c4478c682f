using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// A contact took place: who called, whether the caller identified itself and offered the right to object
/// (GDPR Art. 21(4)), and what the person answered. An answer of <see cref="ObjectionAnswer.Objected"/> counts as
/// an objection even when no separate <see cref="ObjectionRecorded"/> follows.
/// </summary>
public sealed record ContactMade : ConsentEvent
{
    internal const string KindName = "contact-made";

    /// <summary>The purpose of the contact.</summary>
    public required ContactPurpose Purpose { get; init; }

    /// <summary>The channel of the contact.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>The legal entity on whose behalf the contact was made.</summary>
    public required string LegalEntity { get; init; }

    /// <summary>Whether the caller identified itself and the organisation it called for.</summary>
    public required bool IdentificationGiven { get; init; }

    /// <summary>Whether the right to object was actively offered.</summary>
    public required bool ObjectionOffered { get; init; }

    /// <summary>What the person answered to the offered objection.</summary>
    public required ObjectionAnswer Answer { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static ContactMade Read(JsonElement e, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        Purpose = e.Purpose(),
        Channel = e.Channel(),
        LegalEntity = e.RequiredString("legalEntity"),
        IdentificationGiven = e.RequiredBoolean("identificationGiven"),
        ObjectionOffered = e.RequiredBoolean("objectionOffered"),
        Answer = ConsentVocabulary.TryParse(e.RequiredString("answer"), out ObjectionAnswer answer) ? answer : throw ConsentJson.Unknown("answer"),
    };

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("purpose", ConsentVocabulary.Name(Purpose));
        writer.WriteString("channel", ConsentVocabulary.Name(Channel));
        writer.WriteString("legalEntity", LegalEntity);
        writer.WriteBoolean("identificationGiven", IdentificationGiven);
        writer.WriteBoolean("objectionOffered", ObjectionOffered);
        writer.WriteString("answer", ConsentVocabulary.Name(Answer));
    }

    private protected override void CheckFields()
    {
        RequireDefined(Purpose, nameof(Purpose));
        RequireDefined(Channel, nameof(Channel));
        RequireText(LegalEntity, nameof(LegalEntity));
        RequireDefined(Answer, nameof(Answer));
    }
}
