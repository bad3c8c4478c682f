namespace Privacy.Kit.Consent.Service.Api;

/// <summary>The body of <c>POST /v1/decisions</c>, as the OpenAPI document describes it (the endpoint reads it field by field).</summary>
/// <param name="Subject">The person: phone number, e-mail address or customer id.</param>
/// <param name="SubjectKind"><c>phone</c>, <c>email</c> or <c>customer</c>, when the form of <paramref name="Subject"/> does not tell.</param>
/// <param name="Purpose"><c>service</c> or <c>direct-marketing</c>.</param>
/// <param name="Channel"><c>phone</c>, <c>sms</c>, <c>email</c> or <c>post</c>.</param>
/// <param name="At">When the contact happens (ISO 8601); now when left out.</param>
/// <param name="Jurisdiction"><c>NL</c> (default) or <c>BE</c>.</param>
/// <param name="CallerSector"><c>commercial</c> (default), <c>charity</c>, <c>charity-lottery</c> or <c>press</c>.</param>
/// <param name="LegalEntity">The legal entity the contact is made for; the ledger's owner (<c>self</c>) when left out.</param>
internal sealed record DecisionRequest(string Subject, string? SubjectKind, string Purpose, string Channel, DateTimeOffset? At, string? Jurisdiction, string? CallerSector, string? LegalEntity);
