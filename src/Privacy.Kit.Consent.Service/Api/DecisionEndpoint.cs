using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// <c>POST /v1/decisions</c>: may this person be contacted now? Answers <c>200</c> with the decision JSON of
/// <c>privacy-kit consent check</c> (allowed or not: a denial is an answer, not an error), after the decision was
/// stored in the person's chain as evidence.
/// </summary>
internal static class DecisionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, ConsentService consent, CancellationToken cancellationToken)
    {
        ContactRequest contact;
        var (document, body) = await RequestBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        using (document)
        {
            contact = new ContactRequest
            {
                Subject = body.Subject(),
                Purpose = body.Term<ContactPurpose>("purpose", null, ConsentVocabulary.TryParse),
                Channel = body.Term<ContactChannel>("channel", null, ConsentVocabulary.TryParse),
                At = body.Moment("at"),
                Jurisdiction = body.Term<Jurisdiction>("jurisdiction", Jurisdiction.Netherlands, ConsentVocabulary.TryParse),
                Caller = new Caller(body.Optional("legalEntity") ?? Defaults.LegalEntity, body.Term<CallerSector>("callerSector", CallerSector.Commercial, ConsentVocabulary.TryParse)),
            };
            body.RefuseUnknownFields();
        }

        var decision = consent.Decide(contact);
        return Results.Text(decision.ToJson(), "application/json", statusCode: StatusCodes.Status200OK);
    }
}
