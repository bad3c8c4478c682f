namespace Privacy.Kit.Vendors;

/// <summary>One payload sent to a vendor: the evidence GDPR Art. 19 and 21 need to pass erasure and objections on.</summary>
/// <param name="Vendor">The vendor that received the payload.</param>
/// <param name="Purpose">The purpose it was sent for.</param>
/// <param name="DisclosedKinds">The personal-data kinds the payload type can carry in the clear.</param>
/// <param name="RedactedKinds">The kinds it can carry redacted.</param>
/// <param name="RecordCount">The number of records in the payload (the element count of a collection, else 1).</param>
/// <param name="Subjects">Pseudonymous identifiers of the data subjects the payload is about.</param>
/// <param name="DisclosedAt">When it was sent.</param>
public sealed record Disclosure(
    string Vendor,
    string Purpose,
    IReadOnlyList<string> DisclosedKinds,
    IReadOnlyList<string> RedactedKinds,
    int RecordCount,
    IReadOnlyList<string> Subjects,
    DateTimeOffset DisclosedAt);
