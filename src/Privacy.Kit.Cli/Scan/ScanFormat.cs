namespace Privacy.Kit.Cli.Scan;

/// <summary>The report formats of <c>privacy-kit scan</c>.</summary>
internal enum ScanFormat
{
    Text,
    Json,
    Sarif,
}
