namespace Privacy.Kit.Consent;

/// <summary>Who makes the contact: the legal entity (controller) it is made for and that entity's sector.</summary>
/// <param name="LegalEntity">The legal entity, compared without case with the one in consents and customer relationships.</param>
/// <param name="Sector">The sector, which matters for the Dutch customer-relationship exception after 2026-07-01.</param>
public sealed record Caller(string LegalEntity, CallerSector Sector = CallerSector.Commercial);
