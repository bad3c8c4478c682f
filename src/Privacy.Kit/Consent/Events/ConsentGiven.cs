using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// The person gave consent for one purpose on one channel to one legal entity (GDPR Art. 7: specific, unbundled,
/// provable). The fields follow ISO/IEC 27560 and the Kantara consent receipt: what was shown, how it was collected,
/// how the person was verified and how long it is valid.
/// </summary>
public sealed record ConsentGiven : ConsentEvent
{
    internal const string KindName = "consent-given";

    /// <summary>The purpose consented to.</summary>
    public required ContactPurpose Purpose { get; init; }

    /// <summary>The channel consented to; consent for e-mail is not consent for phone calls.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>The legal entity (controller) that received the consent; another entity may not rely on it.</summary>
    public required string LegalEntity { get; init; }

    /// <summary>The products or services the consent covers, for example <c>energy contracts</c>; null when not limited.</summary>
    public string? ProductScope { get; init; }

    /// <summary>The version of the notice text the person saw.</summary>
    public string? NoticeVersion { get; init; }

    /// <summary>A hash of the notice text the person saw, so the version can be proven to be that text.</summary>
    public string? NoticeHash { get; init; }

    /// <summary>How consent was collected, for example <c>web-form</c> or <c>in-call</c>.</summary>
    public string? CollectionMethod { get; init; }

    /// <summary>Where consent was collected, for example a page address or a call id.</summary>
    public string? CollectionContext { get; init; }

    /// <summary>How the person was verified, for example <c>double-opt-in e-mail</c> or <c>customer number and postcode</c>.</summary>
    public string? VerificationMethod { get; init; }

    /// <summary>When the consent expires; null when it has no end date. Expired consent is no consent.</summary>
    public DateTimeOffset? ValidUntil { get; init; }

    /// <inheritdoc />
    public override string Kind => KindName;

    internal static ConsentGiven Read(JsonElement e, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        Purpose = e.Purpose(),
        Channel = e.Channel(),
        LegalEntity = e.RequiredString("legalEntity"),
        ProductScope = e.OptionalString("productScope"),
        NoticeVersion = e.OptionalString("noticeVersion"),
        NoticeHash = e.OptionalString("noticeHash"),
        CollectionMethod = e.OptionalString("collectionMethod"),
        CollectionContext = e.OptionalString("collectionContext"),
        VerificationMethod = e.OptionalString("verificationMethod"),
        ValidUntil = e.OptionalMoment("validUntil"),
    };

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("purpose", ConsentVocabulary.Name(Purpose));
        writer.WriteString("channel", ConsentVocabulary.Name(Channel));
        writer.WriteString("legalEntity", LegalEntity);
        writer.WriteOptional("productScope", ProductScope);
        writer.WriteOptional("noticeVersion", NoticeVersion);
        writer.WriteOptional("noticeHash", NoticeHash);
        writer.WriteOptional("collectionMethod", CollectionMethod);
        writer.WriteOptional("collectionContext", CollectionContext);
        writer.WriteOptional("verificationMethod", VerificationMethod);
        writer.WriteOptional("validUntil", ValidUntil);
    }

    private protected override void CheckFields()
    {
        RequireDefined(Purpose, nameof(Purpose));
        RequireDefined(Channel, nameof(Channel));
        RequireText(LegalEntity, nameof(LegalEntity));
        RequireAfterOccurred(ValidUntil, nameof(ValidUntil));
    }
}
