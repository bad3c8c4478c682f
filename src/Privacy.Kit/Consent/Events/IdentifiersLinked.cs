using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// Identifiers that belong to one person (a phone number, an e-mail address, a customer id), recorded in the chain of
/// each of them. An objection or a withdrawal recorded under any linked identifier applies to all of them (GDPR Art.
/// 21(3): the objection is the person's, not the number's); a consent stays with the identifier it was given for.
/// </summary>
public sealed record IdentifiersLinked : ConsentEvent
{
    internal const string KindName = "identifiers-linked";

    /// <summary>The pseudonyms of the other identifiers of the person.</summary>
    public required IReadOnlyList<SubjectPseudonym> Others { get; init; }

    /// <summary>How the identifiers were found to belong to one person, for example <c>customer file</c>.</summary>
    public string? Method { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public bool Equals(IdentifiersLinked? other) =>
        other is not null && OccurredAt == other.OccurredAt && Method == other.Method && Others.SequenceEqual(other.Others);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredAt, Method, Others.Count);

    internal static IdentifiersLinked Read(JsonElement e, DateTimeOffset occurredAt)
    {
        var others = new List<SubjectPseudonym>();
        foreach (var item in (e.TryGetProperty("others", out var array) ? array : throw ConsentJson.Missing("others")).EnumerateArray())
        {
            others.Add(SubjectPseudonym.TryParse(item.GetString(), out var pseudonym) ? pseudonym : throw ConsentJson.Unknown("others"));
        }

        return new IdentifiersLinked { OccurredAt = occurredAt, Others = others, Method = e.OptionalString("method") };
    }

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("others");
        foreach (var other in Others)
        {
            writer.WriteStringValue(other.ToString());
        }

        writer.WriteEndArray();
        writer.WriteOptional("method", Method);
    }

    private protected override void CheckFields()
    {
        if (Others is null || Others.Count == 0)
        {
            throw new ArgumentException("Others must name at least one other identifier.", nameof(Others));
        }
    }
}
