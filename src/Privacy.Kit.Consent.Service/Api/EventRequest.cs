namespace Privacy.Kit.Consent.Service.Api;

/// <summary>The body of <c>POST /v1/events</c>, as the OpenAPI document describes it; which fields apply depends on <paramref name="Kind"/>.</summary>
/// <param name="Subject">The person: phone number, e-mail address or customer id.</param>
/// <param name="SubjectKind"><c>phone</c>, <c>email</c> or <c>customer</c>, when the form of <paramref name="Subject"/> does not tell.</param>
/// <param name="Kind"><c>consent-given</c>, <c>consent-withdrawn</c>, <c>objection</c>, <c>customer-relationship</c>, <c>contact-made</c>, <c>call-requested</c> or <c>link</c>.</param>
/// <param name="At">When it happened (ISO 8601); now when left out.</param>
/// <param name="Purpose">consent-given, consent-withdrawn, contact-made, call-requested: <c>service</c> or <c>direct-marketing</c>.</param>
/// <param name="Channel">consent-given, consent-withdrawn, contact-made, call-requested: <c>phone</c>, <c>sms</c>, <c>email</c> or <c>post</c>.</param>
/// <param name="LegalEntity">The legal entity concerned; the ledger's owner (<c>self</c>) when left out.</param>
/// <param name="ValidUntil">consent-given, call-requested: when it expires.</param>
/// <param name="Since">customer-relationship: when it started (default <paramref name="At"/>).</param>
/// <param name="Until">customer-relationship: when it ended.</param>
/// <param name="Method">consent-withdrawn, objection: how it was expressed; link: how the identifiers were found to belong to one person.</param>
/// <param name="Context">objection: where, for example a call id.</param>
/// <param name="Answer">contact-made: <c>not-asked</c> (default), <c>no-objection</c> or <c>objected</c>.</param>
/// <param name="IdentificationGiven">contact-made: whether the caller identified itself.</param>
/// <param name="ObjectionOffered">contact-made: whether the right to object was offered.</param>
/// <param name="Others">link: the person's other identifiers (phone numbers, e-mail addresses, customer ids), each read by its form.</param>
internal sealed record EventRequest(
    string Subject, string? SubjectKind, string Kind, DateTimeOffset? At, string? Purpose, string? Channel, string? LegalEntity, DateTimeOffset? ValidUntil,
    DateTimeOffset? Since, DateTimeOffset? Until, string? Method, string? Context, string? Answer, bool? IdentificationGiven, bool? ObjectionOffered, IReadOnlyList<string>? Others);
