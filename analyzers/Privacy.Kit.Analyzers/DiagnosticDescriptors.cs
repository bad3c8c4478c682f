using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers;

/// <summary>
/// The descriptor of every rule. Rules reference these, never build their own, so titles, categories and help links
/// stay consistent; <see cref="Create"/> is the one way to add a rule.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Help links point at the rule pages in the repository, which ship with every release.</summary>
    public const string HelpLinkBase = "https://github.com/privacy-kit/privacy-kit/blob/main/docs/rules/";

    public const string LeakCategory = "Privacy.Leak";
    public const string ClassificationCategory = "Privacy.Classification";
    public const string ConsentCategory = "Privacy.Consent";
    public const string ConfigurationCategory = "Privacy.Configuration";

    public static readonly DiagnosticDescriptor InvalidBaseline = Create(
        DiagnosticIds.InvalidBaseline,
        "The Privacy.Kit baseline file cannot be read",
        "The baseline file '{0}' cannot be read: {1}; no finding is baselined until it is fixed (regenerate it with 'privacy-kit scan')",
        ConfigurationCategory,
        "A baseline that cannot be read baselines nothing, so every finding is reported: fix the file or write it again.");

    public static readonly DiagnosticDescriptor PersonalDataInLog = Create(
        DiagnosticIds.PersonalDataInLog,
        "Personal data is written to a log",
        "'{0}' ({1}) is written to a log by {2}",
        LeakCategory,
        "Logs are copied, shipped and kept far longer than the data they describe; personal data in them has no lawful basis and no retention limit (GDPR Art. 5(1)(c), 5(1)(e), 32). Redact the value or log a non-identifying fact.");

    public static readonly DiagnosticDescriptor PersonalDataToVendor = Create(
        DiagnosticIds.PersonalDataToVendor,
        "Personal data is passed to a vendor",
        "'{0}' ({1}) is sent to {2} by {3}",
        LeakCategory,
        "Data that crosses a [VendorBoundary] is disclosed to a processor; send only what the documented instruction needs, redacted or pseudonymized (GDPR Art. 25, 28).");

    public static readonly DiagnosticDescriptor PersonalDataInExceptionMessage = Create(
        DiagnosticIds.PersonalDataInExceptionMessage,
        "Personal data is put in an exception message",
        "'{0}' ({1}) is put in an exception message by {2}",
        LeakCategory,
        "Exception messages end up in logs, error trackers and HTTP responses, out of reach of log redaction (GDPR Art. 5(1)(f), 32). Put an identifier that is not personal data in the message instead.");

    public static readonly DiagnosticDescriptor ObjectWithPersonalDataLeaked = Create(
        DiagnosticIds.ObjectWithPersonalDataLeaked,
        "An object holding personal data leaks whole",
        "'{0}' holds {1} and is {2} whole by {3}",
        LeakCategory,
        "Logging, throwing or sending a whole object serialises or prints every member, including the personal data it holds (GDPR Art. 5(1)(c), 25). Pass only the members needed, redacted.");

    public static readonly DiagnosticDescriptor UnclassifiedLoggerMessageParameter = Create(
        DiagnosticIds.UnclassifiedLoggerMessageParameter,
        "A [LoggerMessage] parameter carries personal data without a classification",
        "Parameter '{0}' of logging method '{1}' carries personal data ({2}) but has no data classification attribute, so redaction cannot apply",
        LeakCategory,
        "Microsoft's log redaction only redacts [LoggerMessage] parameters that carry a data classification attribute; without one the value is logged in plain text (GDPR Art. 25, 32).");

    public static readonly DiagnosticDescriptor PersonalDataToTelemetry = Create(
        DiagnosticIds.PersonalDataToTelemetry,
        "Personal data is written to telemetry",
        "'{0}' ({1}) is written to telemetry by {2}",
        LeakCategory,
        "Traces, metrics, events and error reports are exported to an APM vendor, a processor that keeps them outside the organisation's retention and access rules (GDPR Art. 5(1)(c), 28, 32). Tag telemetry with a pseudonymous id or a redacted value.");

    public static readonly DiagnosticDescriptor UnclassifiedPersonalDataMember = Create(
        DiagnosticIds.UnclassifiedPersonalDataMember,
        "A member named like personal data has no data classification",
        "'{0}' is named like personal data ({1}) but has no data classification attribute; add [{2}] or, if it is not personal data, [NotPersonalData]",
        ClassificationCategory,
        "Redaction, the personal-data inventory and the record of processing only see classified members; an unclassified email or phone number is logged, exported and kept in plain text (GDPR Art. 25, 30, 32).");

    public static readonly DiagnosticDescriptor RecordPrintsPersonalData = Create(
        DiagnosticIds.RecordPrintsPersonalData,
        "A record prints personal data in its compiler-generated ToString",
        "'{0}' prints '{1}' ({2}) in its compiler-generated ToString; write a PrintMembers that leaves the personal data out",
        ClassificationCategory,
        "A record's generated ToString prints every public member, so logging, interpolating or debugging the record writes its personal data in plain text (GDPR Art. 5(1)(f), 25, 32).");

    public static readonly DiagnosticDescriptor RedactionEnabledWithoutRedactors = CreateCompilationEnd(
        DiagnosticIds.RedactionEnabledWithoutRedactors,
        "Log redaction is enabled but no redactors are registered",
        "{0} enables log redaction but no AddRedaction() is called in the same service registration, so classified values are logged in plain text",
        ConfigurationCategory,
        "EnableRedaction() without AddRedaction() registers no redactor provider: the logger falls back to writing every classified value unredacted, silently (GDPR Art. 25, 32).");

    public static readonly DiagnosticDescriptor HardCodedPseudonymizationKey = Create(
        DiagnosticIds.HardCodedPseudonymizationKey,
        "A pseudonymization or HMAC key is written in source",
        "The key given to {0} is written in source; read it from configuration or a secret store",
        ConfigurationCategory,
        "A key in source is in every clone, build and package of the repository: anyone holding it can recompute pseudonyms from identifiers and re-identify the data subjects (GDPR Art. 4(5), 25, 32).");

    /// <summary>
    /// Creates a rule reported only when the whole compilation has been seen (it needs to know every call), marked so
    /// hosts know it does not run on each keystroke.
    /// </summary>
    public static DiagnosticDescriptor CreateCompilationEnd(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLink(id), WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ContactWithoutConsentCheck = Create(
        DiagnosticIds.ContactWithoutConsentCheck,
        "A person is contacted without a tested consent check",
        "'{0}' contacts a person for '{1}' on a path where no [ConsentCheck] result was tested as allowed",
        ConsentCategory,
        "A contact for a purpose that needs consent must follow a [ConsentCheck] call whose result was tested, on every path to the contact; otherwise people who objected or never consented are contacted (GDPR Art. 6, 7, 21; Telecommunicatiewet art. 11.7).");

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>Creates a rule's descriptor: a warning, on by default, with its help link.</summary>
    public static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLink(id));
}
