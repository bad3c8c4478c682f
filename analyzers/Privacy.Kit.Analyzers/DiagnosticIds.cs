namespace Privacy.Kit.Analyzers;

/// <summary>
/// Every Privacy.Kit rule identifier, in one place. PK0xxx the analyzers' own configuration, PK1xxx leaks, PK2xxx classification, PK3xxx consent, PK4xxx
/// configuration of the redaction pipeline. Each id has a page at <c>docs/rules/PKnnnn.md</c> and a line in
/// <c>AnalyzerReleases.*.md</c>; a test keeps the three in sync.
/// </summary>
internal static class DiagnosticIds
{
    public const string InvalidBaseline = "PK0001";
    public const string PersonalDataInLog = "PK1001";
    public const string PersonalDataToVendor = "PK1002";
    public const string PersonalDataInExceptionMessage = "PK1003";
    public const string ObjectWithPersonalDataLeaked = "PK1004";
    public const string UnclassifiedLoggerMessageParameter = "PK1005";
    public const string PersonalDataToTelemetry = "PK1006";
    public const string UnclassifiedPersonalDataMember = "PK2001";
    public const string RecordPrintsPersonalData = "PK2002";
    public const string RedactionEnabledWithoutRedactors = "PK4001";
    public const string HardCodedPseudonymizationKey = "PK4002";
    public const string ContactWithoutConsentCheck = "PK3001";
}
