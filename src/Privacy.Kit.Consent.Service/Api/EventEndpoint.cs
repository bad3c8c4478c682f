using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>POST /v1/events</c>: records what happened (consent given or withdrawn, an objection, a customer relationship,
/// a contact made, a call the person asked for, identifiers that belong to one person). Fields are named as in the proof document's events; <c>at</c>
/// (when it happened) defaults to now and <c>legalEntity</c> to the ledger's owner, so
/// <c>{"subject": "+31612345678", "kind": "objection"}</c> is a complete objection. A <c>link</c>
/// (<c>{"subject": "+31612345678", "kind": "link", "others": ["jan@example.nl"]}</c>) is recorded in the chain of every
/// identifier it names, each read by its form as <c>subject</c> is. Answers <c>201</c> <c>{sequence, hash}</c> (for a
/// link: of the subject's entry) only once every entry is durable.
/// </summary>
internal static class EventEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, ConsentService consent, TimeProvider clock, CancellationToken cancellationToken)
    {
        SubjectId subject;
        ConsentEvent? consentEvent;
        List<SubjectId>? linked = null;
        DateTimeOffset at;
        string? linkMethod = null;
        var (document, body) = await RequestBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        using (document)
        {
            subject = body.Subject();
            var kind = body.Required("kind");
            at = body.Moment("at") ?? clock.GetUtcNow();
            if (kind == "link")
            {
                linked = [subject, .. body.Subjects("others")];
                linkMethod = body.Optional("method");
            }

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
                "link" => null,
                _ => throw new InvalidFieldException("kind", $"kind: unknown value '{kind}'; expected consent-given, consent-withdrawn, objection, customer-relationship, contact-made, call-requested, link."),
            };
            body.RefuseUnknownFields();
        }

        ConsentRecord record;
        try
        {
            record = consentEvent is not null ? consent.Record(subject, consentEvent) : Link(consent, linked!, at, linkMethod);
        }
        catch (ArgumentException invalid) when (invalid.ParamName is { Length: > 0 } field)
        {
            // The event's own checks (a validity that ends before it starts, ...) name the property.
            throw new InvalidFieldException(char.ToLowerInvariant(field[0]) + field[1..], invalid.Message);
        }

        return Results.Json(new EventRecorded(record.Sequence, record.Hash.ToString()), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Links the identifiers; the subject's own entry (the first) is the answer.</summary>
    private static ConsentRecord Link(ConsentService consent, List<SubjectId> subjects, DateTimeOffset at, string? method)
    {
        if (subjects.Distinct().Count() < 2)
        {
            throw new InvalidFieldException("others", "others must name at least one identifier other than subject.");
        }

        return consent.Link(subjects, at, method)[0];
    }

    private static ContactPurpose Purpose(RequestBody body) => body.Term<ContactPurpose>("purpose", null, ConsentVocabulary.TryParse);

    private static ContactChannel Channel(RequestBody body) => body.Term<ContactChannel>("channel", null, ConsentVocabulary.TryParse);

    private static string Entity(RequestBody body) => body.Optional("legalEntity") ?? Defaults.LegalEntity;
}
