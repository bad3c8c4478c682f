using System.CommandLine;

namespace Privacy.Kit.Cli;

/// <summary>Builds the root command; each feature adds its sub-command here.</summary>
internal static class PrivacyKitCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "privacy-kit: find and redact personal data, check consent, and prove it to an auditor.");
        root.Subcommands.Add(Redact.RedactCommand.Create());
        root.Subcommands.Add(Consent.ConsentCommand.Create());
        root.Subcommands.Add(Scan.ScanCommand.Create());
        root.Subcommands.Add(Serve.ServeCommand.Create());
        PrivacyKitHelpAction.Install(root);
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>; a command line that does not parse gets one line per error on standard
    /// error and <see cref="ExitCodes.BadInput"/> (exit code 1 already means something to pipelines: findings, a denied
    /// contact; a typo must not look like it).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration configuration)
    {
        var parseResult = Create().Parse(args);
        if (parseResult.Errors.Count == 0 || parseResult.Action is PrivacyKitHelpAction)
        {
            return parseResult.Invoke(configuration);
        }

        var command = string.Join(' ', CommandPath(parseResult));
        var help = command.Length == 0 ? "Run 'privacy-kit --help' for usage." : $"Run 'privacy-kit {command} --help' for usage.";
        foreach (var error in parseResult.Errors)
        {
            CliError.Write(configuration.Error, command, $"{error.Message} {help}");
        }

        return ExitCodes.BadInput;
    }

    /// <summary>The sub-commands typed, without the root: <c>consent check</c>.</summary>
    private static IEnumerable<string> CommandPath(ParseResult parseResult)
    {
        var names = new Stack<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
