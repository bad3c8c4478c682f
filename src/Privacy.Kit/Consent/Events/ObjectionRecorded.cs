using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// The person objected to direct marketing (GDPR Art. 21(2)-(3)). The objection is absolute: it denies all direct
/// marketing, on every channel and by every legal entity using this ledger, until the person later gives explicit
/// consent again.
/// </summary>
public sealed record ObjectionRecorded : ConsentEvent
{
    internal const string KindName = "objection";

    /// <summary>How the objection was made, for example <c>in-call</c>, <c>chat</c> or <c>letter</c>.</summary>
    public string? Method { get; init; }

    /// <summary>Where it was made, for example a call id or ticket number.</summary>
    public string? Context { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static ObjectionRecorded Read(JsonElement e, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        Method = e.OptionalString("method"),
        Context = e.OptionalString("context"),
    };

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteOptional("method", Method);
        writer.WriteOptional("context", Context);
    }
}
