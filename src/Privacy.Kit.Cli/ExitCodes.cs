namespace Privacy.Kit.Cli;

/// <summary>The exit codes of every <c>privacy-kit</c> command: what pipelines and dialers branch on.</summary>
internal static class ExitCodes
{
    /// <summary>Done: the scan is clean, the contact is allowed, the evidence is intact.</summary>
    public const int Ok = 0;

    /// <summary>The answer is no: a warning or error finding, a denied contact, broken evidence.</summary>
    public const int Finding = 1;

    /// <summary>
    /// The command could not answer: a command line that does not parse, a missing or unreadable file, input that is
    /// not what the command reads, or an environment problem. Never 1, so a typo does not look like a finding.
    /// </summary>
    public const int BadInput = 2;
}
