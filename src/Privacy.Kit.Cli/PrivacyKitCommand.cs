using System.CommandLine;
using System.CommandLine.Help;

namespace Privacy.Kit.Cli;

/// <summary>Builds the root command; each feature adds its sub-command here.</summary>
internal static class PrivacyKitCommand
{
    /// <summary>
    /// The exit code for a command line that does not parse (unknown option, missing or repeated value). Exit code 1
    /// already means something to pipelines (findings, a denied contact), so a typo must not look like it.
    /// </summary>
    public const int UsageError = 2;

    public static RootCommand Create()
    {
        var root = new RootCommand(
            "privacy-kit: find and redact personal data, check consent, and prove it to an auditor.");
        root.Subcommands.Add(Redact.RedactCommand.Create());
        root.Subcommands.Add(Consent.ConsentCommand.Create());
        root.Subcommands.Add(Scan.ScanCommand.Create());
        root.Subcommands.Add(Serve.ServeCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a command line that does not parse gets its errors on standard error and <see cref="UsageError"/>.</summary>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration configuration)
    {
        var parseResult = Create().Parse(args);
        if (parseResult.Errors.Count == 0 || parseResult.Action is HelpAction)
        {
            return parseResult.Invoke(configuration);
        }

        foreach (var error in parseResult.Errors)
        {
            configuration.Error.WriteLine($"privacy-kit: {error.Message}");
        }

        var command = string.Join(' ', CommandPath(parseResult));
        configuration.Error.WriteLine(command.Length == 0 ? "Run 'privacy-kit --help' for usage." : $"Run 'privacy-kit {command} --help' for usage.");
        return UsageError;
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
