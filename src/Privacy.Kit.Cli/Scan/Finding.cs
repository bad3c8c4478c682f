using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Cli.Scan;

/// <summary>One analyzer finding, with its location relative to the scanned path and its baseline identity.</summary>
internal sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string Title,
    string? HelpUri,
    string FullPath,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string? Member,
    string? Fingerprint)
{
    public bool FailsTheScan => Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error;

    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
