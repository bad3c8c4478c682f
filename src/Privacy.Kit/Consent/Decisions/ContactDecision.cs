using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// The answer to a <see cref="ContactRequest"/>: allowed or denied, on which grounds, for which reasons, with which
/// obligations for the call, under which rule-set version. <see cref="ConsentService.Decide"/> stores it in the
/// person's chain as evidence.
/// </summary>
public sealed record ContactDecision
{
    /// <summary>Whether the contact is allowed. Anything else (no data, an unknown list status) denies.</summary>
    public required bool Allowed { get; init; }

    /// <summary>The person the decision is about.</summary>
    public required SubjectPseudonym Subject { get; init; }

    /// <summary>The purpose asked about.</summary>
    public required ContactPurpose Purpose { get; init; }

    /// <summary>The channel asked about.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>Who would make the contact.</summary>
    public required Caller Caller { get; init; }

    /// <summary>Whose rules were applied.</summary>
    public required Jurisdiction Jurisdiction { get; init; }

    /// <summary>The moment of the contact the decision is for.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The grounds that allow the contact; empty when denied.</summary>
    public required IReadOnlyList<ContactGround> Grounds { get; init; }

    /// <summary>Why the contact is denied; empty when allowed.</summary>
    public required IReadOnlyList<DenialReason> Reasons { get; init; }

    /// <summary>What the caller must do during the contact; <see cref="ContactObligations.None"/> when denied.</summary>
    public required ContactObligations Obligations { get; init; }

    /// <summary>The version of the rules (and calling-hours data) that decided, for replay and audit.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>Writes the decision as a JSON object with explanations and legal sources (the <c>consent check</c> output).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteBoolean("allowed", Allowed);
        writer.WriteString("subject", Subject.ToString());
        WriteQuestion(writer);
        writer.WriteStartArray("grounds");
        foreach (var ground in Grounds)
        {
            WriteRule(writer, ContactRuleCatalog.Code(ground), ContactRuleCatalog.Explanation(ground), ContactRuleCatalog.LegalSource(ground, Jurisdiction));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var reason in Reasons)
        {
            WriteRule(writer, ContactRuleCatalog.Code(reason), ContactRuleCatalog.Explanation(reason), ContactRuleCatalog.LegalSource(reason, Jurisdiction));
        }

        writer.WriteEndArray();
        WriteObligations(writer);
        writer.WriteString("ruleSetVersion", RuleSetVersion);
        writer.WriteEndObject();
    }

    /// <summary>The decision as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ConsentJson.Indented(WriteTo);

    internal static ContactDecision Read(JsonElement e, SubjectPseudonym subject) => new()
    {
        Allowed = e.RequiredBoolean("allowed"),
        Subject = subject,
        Purpose = e.Purpose(),
        Channel = e.Channel(),
        Caller = new Caller(
            e.RequiredString("callerLegalEntity"),
            ConsentVocabulary.TryParse(e.RequiredString("callerSector"), out CallerSector sector) ? sector : throw ConsentJson.Unknown("callerSector")),
        Jurisdiction = ConsentVocabulary.TryParse(e.RequiredString("jurisdiction"), out Jurisdiction jurisdiction) ? jurisdiction : throw ConsentJson.Unknown("jurisdiction"),
        At = e.RequiredMoment("at"),
        Grounds = ReadCodes<ContactGround>(e, "grounds", ContactRuleCatalog.TryParse),
        Reasons = ReadCodes<DenialReason>(e, "reasons", ContactRuleCatalog.TryParse),
        Obligations = ReadObligations(e),
        RuleSetVersion = e.RequiredString("ruleSetVersion"),
    };

    /// <summary>The compact form stored in the chain: codes only, since the rule-set version pins their meaning.</summary>
    internal void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteBoolean("allowed", Allowed);
        WriteQuestion(writer);
        writer.WriteStartArray("grounds");
        foreach (var ground in Grounds)
        {
            writer.WriteStringValue(ContactRuleCatalog.Code(ground));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var reason in Reasons)
        {
            writer.WriteStringValue(ContactRuleCatalog.Code(reason));
        }

        writer.WriteEndArray();
        WriteObligations(writer);
        writer.WriteString("ruleSetVersion", RuleSetVersion);
    }

    private delegate bool CodeParser<T>(string code, out T value);

    private void WriteQuestion(Utf8JsonWriter writer)
    {
        writer.WriteString("purpose", ConsentVocabulary.Name(Purpose));
        writer.WriteString("channel", ConsentVocabulary.Name(Channel));
        writer.WriteString("callerLegalEntity", Caller.LegalEntity);
        writer.WriteString("callerSector", ConsentVocabulary.Name(Caller.Sector));
        writer.WriteString("jurisdiction", ConsentVocabulary.Name(Jurisdiction));
        writer.WriteString("at", At);
    }

    private void WriteObligations(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("obligations");
        foreach (var obligation in ContactRuleCatalog.Obligations)
        {
            if ((Obligations & obligation) != 0)
            {
                writer.WriteStringValue(ContactRuleCatalog.Code(obligation));
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter writer, string code, string explanation, string source)
    {
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("explanation", explanation);
        writer.WriteString("source", source);
        writer.WriteEndObject();
    }

    private static T[] ReadCodes<T>(JsonElement e, string name, CodeParser<T> parse)
    {
        var array = e.TryGetProperty(name, out var value) ? value : throw ConsentJson.Missing(name);
        var codes = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            codes[i++] = parse(item.GetString() ?? "", out var code) ? code : throw ConsentJson.Unknown(name);
        }

        return codes;
    }

    private static ContactObligations ReadObligations(JsonElement e)
    {
        var obligations = ContactObligations.None;
        foreach (var obligation in ReadCodes<ContactObligations>(e, "obligations", ContactRuleCatalog.TryParse))
        {
            obligations |= obligation;
        }

        return obligations;
    }
}
