using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>POST /v1/events</c>: records what happened (consent given or withdrawn, an objection, a customer relationship,
/// a contact made, a call the person asked for). Fields are named as in the proof document's events; <c>at</c>
/// (when it happened) defaults to now and <c>legalEntity</c> to the ledger's owner, so
/// <c>{"subject": "+31612345678", "kind": "objection"}</c> is a complete objection. Answers <c>201</c>
/// <c>{sequence, hash}</c> only once the entry is durable.
/// </summary>
internal static class EventEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, ConsentService consent, TimeProvider clock, CancellationToken cancellationToken)
    {
        SubjectId subject;
        ConsentEvent consentEvent;
        var (document, body) = await RequestBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        using (document)
        {
            subject = body.Subject();
            var kind = body.Required("kind");
            var at = body.Moment("at") ?? clock.GetUtcNow();
            consentEvent = kind switch
            {
                "consent-given" => new ConsentGiven
                {
                    OccurredAt = at,
                    Purpose = Purpose(body),
                    Channel = Channel(body),
                    LegalEntity = Entity(body),
                    ProductScope = body.Optional("productScope"),
                    NoticeVersion = body.Optional("noticeVersion"),
                    NoticeHash = body.Optional("noticeHash"),
                    CollectionMethod = body.Optional("collectionMethod"),
                    CollectionContext = body.Optional("collectionContext"),
                    VerificationMethod = body.Optional("verificationMethod"),
                    ValidUntil = body.Moment("validUntil"),
                },
                "consent-withdrawn" => new ConsentWithdrawn
                {
                    OccurredAt = at,
                    Purpose = Purpose(body),
                    Channel = Channel(body),
                    LegalEntity = Entity(body),
                    Method = body.Optional("method"),
                },
                "objection" => new ObjectionRecorded { OccurredAt = at, Method = body.Optional("method"), Context = body.Optional("context") },
                "customer-relationship" => new CustomerRelationshipRecorded
                {
                    OccurredAt = at,
                    LegalEntity = Entity(body),
                    Since = body.Moment("since") ?? at,
                    Until = body.Moment("until"),
                },
                "contact-made" => new ContactMade
                {
                    OccurredAt = at,
                    Purpose = Purpose(body),
                    Channel = Channel(body),
                    LegalEntity = Entity(body),
                    IdentificationGiven = body.Boolean("identificationGiven", fallback: false),
                    ObjectionOffered = body.Boolean("objectionOffered", fallback: false),
                    Answer = body.Term<ObjectionAnswer>("answer", ObjectionAnswer.NotAsked, ConsentVocabulary.TryParse),
                },
                "call-requested" => new CallRequested
                {
                    OccurredAt = at,
                    Purpose = Purpose(body),
                    Channel = body.Term<ContactChannel>("channel", ContactChannel.Phone, ConsentVocabulary.TryParse),
                    ValidUntil = body.Moment("validUntil"),
                },
                _ => throw new InvalidFieldException("kind", $"kind: unknown value '{kind}'; expected consent-given, consent-withdrawn, objection, customer-relationship, contact-made, call-requested."),
            };
            body.RefuseUnknownFields();
        }

        ConsentRecord record;
        try
        {
            record = consent.Record(subject, consentEvent);
        }
        catch (ArgumentException invalid) when (invalid.ParamName is { Length: > 0 } field)
        {
            // The event's own checks (a validity that ends before it starts, ...) name the property.
            throw new InvalidFieldException(char.ToLowerInvariant(field[0]) + field[1..], invalid.Message);
        }

        return Results.Json(new EventRecorded(record.Sequence, record.Hash.ToString()), statusCode: StatusCodes.Status201Created);
    }

    private static ContactPurpose Purpose(RequestBody body) => body.Term<ContactPurpose>("purpose", null, ConsentVocabulary.TryParse);

    private static ContactChannel Channel(RequestBody body) => body.Term<ContactChannel>("channel", null, ConsentVocabulary.TryParse);

    private static string Entity(RequestBody body) => body.Optional("legalEntity") ?? Defaults.LegalEntity;
}
