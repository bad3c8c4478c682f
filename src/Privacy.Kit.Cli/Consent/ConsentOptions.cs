using System.CommandLine;
using System.Globalization;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Cli.Consent;

/// <summary>
/// The options of the consent commands and how their values are read. Every option accepts zero or one value so
/// that a missing or malformed value reaches <see cref="ConsentCommand"/>, which reports it with exit code 2.
/// </summary>
internal static class ConsentOptions
{
    public static readonly Option<string> Database = Text("--db", "DB", "The consent ledger: a SQLite file, or a PostgreSQL connection string or postgresql://user@host:port/database URI. Commands that write create it.", required: true);
    // verify --proof checks one person's proof without the ledger, so there --db is optional.
    public static readonly Option<string> VerifiedDatabase = Text("--db", "DB", "The consent ledger to verify (not needed with --proof): a SQLite file, or a PostgreSQL connection string or postgresql://user@host:port/database URI.");
    public static readonly Option<string> Subject = Text(
        "--subject", "ID", "The person: an e-mail address (has an @), a phone number (starts with +, 00 or 0 and is valid for --region), or a customer id (has a letter). Digits alone are ambiguous: add --subject-kind.", required: true);
    public static readonly Option<string> SubjectKind = Text("--subject-kind", "phone|email|customer", "What --subject is, when the rules above do not tell.");
    public static readonly Option<string> Region = Text("--region", ConsentVocabulary.Names<Jurisdiction>(), "The region of national phone numbers (06..., 04...); NL by default.");
    public static readonly Option<string> Purpose = Text("--purpose", "P", $"The purpose: {ConsentVocabulary.Names<ContactPurpose>()}.", required: true);
    public static readonly Option<string> Channel = Text("--channel", "C", $"The channel: {ConsentVocabulary.Names<ContactChannel>()}.", required: true);
    public static readonly Option<string> At = Text("--at", "T", $"When it happens (ISO 8601); without an offset, in the jurisdiction's local time ({string.Join(", ", Enum.GetValues<Jurisdiction>().Select(j => CallingHours.For(j).TimeZone.Id))}); now by default.");
    public static readonly Option<string> ValidUntil = Text("--valid-until", "T", "When the consent expires (ISO 8601).");
    public static readonly Option<string> Method = Text("--method", "TEXT", "How consent was collected, for example 'web-form' or 'in-call'.");
    public static readonly Option<string> Since = Text("--since", "T", "When the customer relationship started (ISO 8601).");
    public static readonly Option<string> Until = Text("--until", "T", "When the customer relationship ended (ISO 8601).");
    public static readonly Option<string> JurisdictionCode = Text("--jurisdiction", ConsentVocabulary.Names<Jurisdiction>(), "Whose rules apply; NL by default.");
    public static readonly Option<string> Sector = Text("--caller-sector", "S", $"The caller's sector: {ConsentVocabulary.Names<CallerSector>()}; commercial by default.");
    public static readonly Option<string> LegalEntity = Text("--legal-entity", "NAME", $"The legal entity that receives consent or calls; '{DefaultLegalEntity}' (the ledger's owner) by default.");
    public static readonly Option<string> DoNotCallFile = Text("--do-not-call-list", "FILE", "Belgian Do Not Call Me numbers, one per line, for --jurisdiction BE.");

    public static readonly Option<string> SigningKey = Text("--signing-key", "KEY.pem", "ECDSA P-256 private key in PEM (PKCS#8 or SEC1, e.g. from 'openssl ecparam -name prime256v1 -genkey -noout').");
    public static readonly Option<string> PublicKey = Text("--public-key", "PUB.pem", "The digest signer's ECDSA P-256 public key in PEM ('openssl ec -pubout').");
    public static readonly Option<string> DigestFile = Text("--digest", "DIGEST.json", "A signed digest written by 'consent digest', kept where the ledger's operator cannot change it.");
    public static readonly Option<string> ProofFile = Text("--proof", "PROOF.json", "A proof written by 'consent proof --digest', checked alone (no --db needed).");
    public static readonly Option<string> CallsFile = Text("--calls", "CALLS.csv", "The calls placed: CSV with a header; time (ISO 8601 with offset) and subject required; purpose, channel, jurisdiction, caller_sector, legal_entity optional.");
    public static readonly Option<string> OutputFile = Text("--output", "FILE", "Write to FILE instead of standard output.");
    public static readonly Option<string> Format = Text("--format", "json|text", "json (default) or text for a person to read.");

    public const string DefaultLegalEntity = "self";

    public static string Required(this ParseResult result, Option<string> option) =>
        result.GetValue(option) is { Length: > 0 } value ? value : throw new ConsentUsageException($"{option.Name} is required.");

    public static string? Optional(this ParseResult result, Option<string> option) =>
        result.GetResult(option) is null ? null
        : result.GetValue(option) is { Length: > 0 } value ? value
        : throw new ConsentUsageException($"{option.Name} needs a value.");

    public static SubjectId SubjectId(this ParseResult result) => result.SubjectId(result.Required(Subject));

    public static SubjectId SubjectId(this ParseResult result, string text)
    {
        try
        {
            return Privacy.Kit.Consent.SubjectId.Parse(text, result.RegionCode(), result.Kind());
        }
        catch (FormatException e)
        {
            throw new ConsentUsageException($"--subject: {e.Message}");
        }
    }

    public static string RegionCode(this ParseResult result) => result.Optional(Region)?.ToUpperInvariant() switch
    {
        null => Privacy.Kit.Consent.SubjectId.DefaultRegion,
        var code when ConsentVocabulary.TryParse(code, out Jurisdiction _) => code,
        var other => throw new ConsentUsageException($"--region: unknown value '{other}'; expected {ConsentVocabulary.Names<Jurisdiction>()}."),
    };

    public static SubjectIdKind? Kind(this ParseResult result) => result.Optional(SubjectKind) switch
    {
        null => null,
        "phone" => SubjectIdKind.Phone,
        "email" => SubjectIdKind.Email,
        "customer" => SubjectIdKind.CustomerId,
        var other => throw new ConsentUsageException($"--subject-kind: unknown value '{other}'; expected phone|email|customer."),
    };

    /// <summary>The time zone a moment without an offset is read in: the jurisdiction's (or, without one, the region's).</summary>
    public static TimeZoneInfo Zone(this ParseResult result)
    {
        var code = result.GetResult(JurisdictionCode) is not null ? result.Optional(JurisdictionCode) : result.Optional(Region);
        var jurisdiction = ConsentVocabulary.TryParse(code, out Jurisdiction named) ? named : Jurisdiction.Netherlands;
        return CallingHours.For(jurisdiction).TimeZone;
    }

    public static T Term<T>(this ParseResult result, Option<string> option, T fallback, TryParse<T> parse)
        where T : struct, Enum
    {
        var text = result.Optional(option);
        return text is null ? fallback
            : parse(text, out var value) ? value
            : throw new ConsentUsageException($"{option.Name}: unknown value '{text}'; expected {ConsentVocabulary.Names<T>()}.");
    }

    public static T RequiredTerm<T>(this ParseResult result, Option<string> option, TryParse<T> parse)
        where T : struct, Enum
    {
        result.Required(option);
        return result.Term(option, default, parse);
    }

    public static DateTimeOffset? Moment(this ParseResult result, Option<string> option)
    {
        var text = result.Optional(option);
        if (text is null)
        {
            return null;
        }

        // ISO 8601 only: a date, or a date and time with an optional offset (the jurisdiction's local time when none).
        var iso = text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-';
        if (!iso || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            throw new ConsentUsageException($"{option.Name}: '{text}' is not an ISO 8601 date or time, for example 2026-07-01 or 2026-07-01T10:00:00+02:00.");
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        }

        var zone = result.Zone();
        return zone.IsInvalidTime(parsed)
            ? throw new ConsentUsageException($"{option.Name}: '{text}' does not exist in {zone.Id} (the clocks skip it); give an offset.")
            : new DateTimeOffset(parsed, zone.GetUtcOffset(parsed));
    }

    public static string Entity(this ParseResult result) => result.Optional(LegalEntity) ?? DefaultLegalEntity;

    public delegate bool TryParse<T>(string? text, out T value);

    // A required option is marked (REQUIRED) in help; leaving it out is a parse error with exit code 2.
    private static Option<string> Text(string name, string valueName, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = valueName,
        Arity = ArgumentArity.ZeroOrOne,
        Required = required,
    };
}
