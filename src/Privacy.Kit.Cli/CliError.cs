namespace Privacy.Kit.Cli;

/// <summary>
/// The one way every command reports that it could not do its work: one line on standard error,
/// <c>privacy-kit COMMAND: message</c>, never a stack trace.
/// </summary>
internal static class CliError
{
    /// <summary>Writes <paramref name="message"/> (line breaks folded into spaces) and returns <paramref name="exitCode"/>.</summary>
    /// <param name="error">Standard error of the invocation.</param>
    /// <param name="command">The command path without the tool's name: <c>scan</c>, <c>consent check</c>.</param>
    /// <param name="message">What went wrong and, where it helps, what to do.</param>
    /// <param name="exitCode">The exit code to return; <see cref="ExitCodes.BadInput"/> unless the message reports a finding.</param>
    public static int Write(TextWriter error, string command, string message, int exitCode = ExitCodes.BadInput)
    {
        error.WriteLine(command.Length == 0 ? $"privacy-kit: {OneLine(message)}" : $"privacy-kit {command}: {OneLine(message)}");
        return exitCode;
    }

    /// <summary>A message as one line: a multi-line exception message would break the one-line contract.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
