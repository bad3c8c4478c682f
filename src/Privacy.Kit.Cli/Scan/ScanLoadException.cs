namespace Privacy.Kit.Cli.Scan;

/// <summary>The path to scan is missing or a project in it does not load; the message is the one line the user sees.</summary>
internal sealed class ScanLoadException(string message) : Exception(message);
