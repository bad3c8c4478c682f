using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// The written code, a plain explanation and the legal source of every ground, denial reason and obligation, so a
/// decision can be shown to an auditor or to the person concerned.
/// </summary>
public static class ContactRuleCatalog
{
    /// <summary>The Dutch industry code for telemarketing, whose three-year limit on the customer relationship the rules apply.</summary>
    internal const string IndustryCode = "Gedragscode Telemarketing (industry code)";

    private const string Art21 = "GDPR art. 21(2)-(3)";

    /// <summary>Every single obligation, in the order they are written.</summary>
    public static IReadOnlyList<ContactObligations> Obligations { get; } =
    [
        ContactObligations.Identify, ContactObligations.VisibleNumber, ContactObligations.OfferObjection,
        ContactObligations.RecordAnswer, ContactObligations.OfferOptOut, ContactObligations.OwnSimilarProductsOnly,
    ];

    private static readonly FrozenDictionary<string, ContactGround> GroundsByCode = Index(Enum.GetValues<ContactGround>(), Code);
    private static readonly FrozenDictionary<string, DenialReason> ReasonsByCode = Index(Enum.GetValues<DenialReason>(), Code);
    private static readonly FrozenDictionary<string, ContactObligations> ObligationsByCode = Index(Obligations, Code);

    /// <summary>The written code of a ground, for example <c>customer-relationship</c>.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The code.</returns>
    public static string Code(ContactGround ground) => ground switch
    {
        ContactGround.Service => "service",
        ContactGround.Consent => "consent",
        ContactGround.RequestedByPerson => "requested-by-person",
        ContactGround.CustomerRelationship => "customer-relationship",
        ContactGround.SoftOptIn => "soft-opt-in",
        ContactGround.OptOut => "opt-out",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not a defined ContactGround."),
    };

    /// <summary>The written code of a denial reason, for example <c>objection</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The code.</returns>
    public static string Code(DenialReason reason) => reason switch
    {
        DenialReason.Objection => "objection",
        DenialReason.Withdrawn => "withdrawn",
        DenialReason.NoConsent => "no-consent",
        DenialReason.ConsentExpired => "consent-expired",
        DenialReason.CustomerRelationshipTooOld => "customer-relationship-too-old",
        DenialReason.CustomerRelationshipExceptionEnded => "customer-relationship-exception-ended",
        DenialReason.DoNotCallRegistered => "do-not-call-registered",
        DenialReason.DoNotCallUnknown => "do-not-call-unknown",
        DenialReason.OutsideCallingHours => "outside-calling-hours",
        DenialReason.PublicHoliday => "public-holiday",
        DenialReason.CallingCalendarMissing => "calling-calendar-missing",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined DenialReason."),
    };

    /// <summary>The written code of a single obligation, for example <c>offer-objection</c>.</summary>
    /// <param name="obligation">One obligation (a single flag).</param>
    /// <returns>The code.</returns>
    public static string Code(ContactObligations obligation) => obligation switch
    {
        ContactObligations.Identify => "identify",
        ContactObligations.VisibleNumber => "visible-number",
        ContactObligations.OfferObjection => "offer-objection",
        ContactObligations.RecordAnswer => "record-answer",
        ContactObligations.OfferOptOut => "offer-opt-out",
        ContactObligations.OwnSimilarProductsOnly => "own-similar-products-only",
        _ => throw new ArgumentOutOfRangeException(nameof(obligation), obligation, "Not a single ContactObligations flag."),
    };

    /// <summary>What a ground means, in one sentence.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The explanation.</returns>
    public static string Explanation(ContactGround ground) => ground switch
    {
        ContactGround.Service => "A service contact without promotion needs no consent.",
        ContactGround.Consent => "The person gave valid consent for this purpose and channel to this legal entity.",
        ContactGround.RequestedByPerson => "The person asked to be contacted.",
        ContactGround.CustomerRelationship => "The person is, or was within the last 3 years, a customer of this legal entity.",
        ContactGround.SoftOptIn => "Existing customer: own similar products may be offered by e-mail or SMS with an opt-out in every message.",
        ContactGround.OptOut => "This channel is opt-out and the person has not objected or registered on the opt-out list.",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not a defined ContactGround."),
    };

    /// <summary>What a denial reason means, in one sentence.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The explanation.</returns>
    public static string Explanation(DenialReason reason) => reason switch
    {
        DenialReason.Objection => "The person objected to direct marketing; no direct marketing on any channel until new explicit consent.",
        DenialReason.Withdrawn => "The person withdrew consent for this purpose and channel.",
        DenialReason.NoConsent => "There is no consent or other ground for this purpose and channel from this legal entity.",
        DenialReason.ConsentExpired => "The consent for this purpose and channel has expired.",
        DenialReason.CustomerRelationshipTooOld => "The customer relationship ended more than 3 years before this contact.",
        DenialReason.CustomerRelationshipExceptionEnded => "Since 2026-07-01 a customer relationship no longer allows telephone marketing by commercial callers.",
        DenialReason.DoNotCallRegistered => "The number is registered on the Belgian Do Not Call Me list.",
        DenialReason.DoNotCallUnknown => "The Do Not Call Me list could not be consulted for this person.",
        DenialReason.OutsideCallingHours => "The moment is outside the configured calling hours.",
        DenialReason.PublicHoliday => "The moment falls on a public holiday, when no marketing calls are made.",
        DenialReason.CallingCalendarMissing => "The calling calendar has no holiday data for this year; update the CallingHours data.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined DenialReason."),
    };

    /// <summary>The legal source of a ground for a jurisdiction: the GDPR for what every jurisdiction shares, else the jurisdiction's own law.</summary>
    /// <param name="ground">The ground.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>The source, for example <c>Telecommunicatiewet art. 11.7</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The jurisdiction is not a defined one.</exception>
    public static string LegalSource(ContactGround ground, Jurisdiction jurisdiction) => ground switch
    {
        ContactGround.Service => "GDPR art. 6(1)(b)",
        ContactGround.Consent => "GDPR art. 6(1)(a) and 7",
        _ => JurisdictionMap.Default[jurisdiction].LegalSource(ground),
    };

    /// <summary>The legal source of a denial reason for a jurisdiction: the GDPR or the calling hours for what every jurisdiction shares, else the jurisdiction's own law.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The jurisdiction is not a defined one.</exception>
    public static string LegalSource(DenialReason reason, Jurisdiction jurisdiction) => reason switch
    {
        DenialReason.Objection => Art21,
        DenialReason.Withdrawn => "GDPR art. 7(3)",
        DenialReason.OutsideCallingHours or DenialReason.PublicHoliday or DenialReason.CallingCalendarMissing => "Calling hours (configured data)",
        _ => JurisdictionMap.Default[jurisdiction].LegalSource(reason),
    };

    internal static bool TryParse(string code, out ContactGround ground) => GroundsByCode.TryGetValue(code, out ground);

    internal static bool TryParse(string code, out DenialReason reason) => ReasonsByCode.TryGetValue(code, out reason);

    internal static bool TryParse(string code, out ContactObligations obligation) => ObligationsByCode.TryGetValue(code, out obligation);

    private static FrozenDictionary<string, T> Index<T>(IEnumerable<T> values, Func<T, string> code)
        where T : notnull
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            index.Add(code(value), value);
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
