using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The <c>.editorconfig</c> settings of the Privacy.Kit rules, all under the <c>privacy_kit.</c> prefix:
/// <list type="bullet">
/// <item><c>privacy_kit.log_sinks</c>: extra methods that write to a log (PK1001).</item>
/// <item><c>privacy_kit.vendor_sinks</c>: extra methods that send data to a vendor (PK1002).</item>
/// <item><c>privacy_kit.sanitizers</c>: methods whose result is redacted, so clean.</item>
/// <item><c>privacy_kit.heuristic_names</c>: extra name terms, each <c>term</c> or <c>term:Kind</c>.</item>
/// <item><c>privacy_kit.heuristics</c>: <c>false</c> turns the name heuristics off.</item>
/// <item><c>privacy_kit.report_pseudonymous_ids</c>: <c>true</c> reports internal numeric and GUID keys (<c>Id</c>,
/// <c>UserId</c>) marked or named as personal data; by default they count as pseudonymous identifiers.</item>
/// </list>
/// Method lists are comma-separated <c>Namespace.Type.Method</c> or <c>Namespace.Type.*</c>.
/// </summary>
internal sealed class PrivacyKitOptions
{
    public const string Prefix = "privacy_kit.";
    public const string LogSinksKey = Prefix + "log_sinks";
    public const string VendorSinksKey = Prefix + "vendor_sinks";
    public const string SanitizersKey = Prefix + "sanitizers";
    public const string HeuristicNamesKey = Prefix + "heuristic_names";
    public const string HeuristicsKey = Prefix + "heuristics";
    public const string ReportPseudonymousIdsKey = Prefix + "report_pseudonymous_ids";

    private PrivacyKitOptions(MethodPatternSet logSinks, MethodPatternSet vendorSinks, MethodPatternSet sanitizers, NameHeuristics? heuristics, bool reportPseudonymousIds = false)
    {
        ReportPseudonymousIds = reportPseudonymousIds;
        LogSinks = logSinks;
        VendorSinks = vendorSinks;
        Sanitizers = sanitizers;
        Heuristics = heuristics;
    }

    public static PrivacyKitOptions Default { get; } = new(MethodPatternSet.Empty, MethodPatternSet.Empty, MethodPatternSet.Empty, NameHeuristics.Default);

    public MethodPatternSet LogSinks { get; }

    public MethodPatternSet VendorSinks { get; }

    public MethodPatternSet Sanitizers { get; }

    /// <summary>Whether numeric and GUID keys (<c>Id</c>, <c>UserId</c>) marked or named as personal data are reported.</summary>
    public bool ReportPseudonymousIds { get; }

    /// <summary>The name heuristics, or <see langword="null"/> when switched off.</summary>
    public NameHeuristics? Heuristics { get; }

    /// <summary>The raw values the options were built from: equal raw values give the same options.</summary>
    public static (string?, string?, string?, string?, string?, string?) RawValues(AnalyzerConfigOptions options)
    {
        options.TryGetValue(ReportPseudonymousIdsKey, out var pseudonymousIds);
        options.TryGetValue(LogSinksKey, out var logSinks);
        options.TryGetValue(VendorSinksKey, out var vendorSinks);
        options.TryGetValue(SanitizersKey, out var sanitizers);
        options.TryGetValue(HeuristicNamesKey, out var heuristicNames);
        options.TryGetValue(HeuristicsKey, out var heuristics);
        return (logSinks, vendorSinks, sanitizers, heuristicNames, heuristics, pseudonymousIds);
    }

    public static PrivacyKitOptions Parse((string? LogSinks, string? VendorSinks, string? Sanitizers, string? HeuristicNames, string? Heuristics, string? PseudonymousIds) raw)
    {
        if (raw.LogSinks is null && raw.VendorSinks is null && raw.Sanitizers is null && raw.HeuristicNames is null && raw.Heuristics is null && raw.PseudonymousIds is null)
        {
            return Default;
        }

        // Anything but an explicit "false" keeps the heuristics on: fail closed.
        var heuristicsOn = !string.Equals(raw.Heuristics?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var heuristics = heuristicsOn ? ParseHeuristics(raw.HeuristicNames) : null;
        return new PrivacyKitOptions(
            MethodPatternSet.Parse(raw.LogSinks),
            MethodPatternSet.Parse(raw.VendorSinks),
            MethodPatternSet.Parse(raw.Sanitizers),
            heuristics,
            string.Equals(raw.PseudonymousIds?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    private static NameHeuristics ParseHeuristics(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return NameHeuristics.Default;
        }

        var extra = new List<(string Term, string Kind)>();
        foreach (var raw in value!.Split(',', ';'))
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var colon = entry.IndexOf(':');
            var term = colon < 0 ? entry : entry.Substring(0, colon).Trim();
            var kind = colon < 0 ? PersonalDataKinds.PersonalData : KnownKindOrGeneric(entry.Substring(colon + 1).Trim());
            if (term.Length > 0)
            {
                extra.Add((term, kind));
            }
        }

        return NameHeuristics.WithExtraTerms(extra);
    }

    /// <summary>An unknown kind still marks the name as personal data (fail closed), under the generic kind.</summary>
    private static string KnownKindOrGeneric(string kind)
    {
        foreach (var known in PersonalDataKinds.All)
        {
            if (string.Equals(known, kind, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return PersonalDataKinds.PersonalData;
    }
}
