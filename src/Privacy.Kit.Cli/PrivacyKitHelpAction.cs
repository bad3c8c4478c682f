using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Privacy.Kit.Cli;

/// <summary>
/// System.CommandLine's help, with optional arguments shown as optional everywhere: <c>redact [FILE]</c> in the list of
/// commands and the usage line, not <c>redact &lt;FILE&gt;</c>. Required options carry System.CommandLine's
/// <c>(REQUIRED)</c> mark.
/// </summary>
internal sealed class PrivacyKitHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    /// <summary>Wraps the help option's action of <paramref name="root"/> (it applies to every sub-command).</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new PrivacyKitHelpAction(help);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var buffer = new StringWriter();
        configuration.Output = buffer;
        int exitCode;
        try
        {
            exitCode = help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(MarkOptionalArguments(buffer.ToString(), parseResult.CommandResult.Command));
        return exitCode;
    }

    private static string MarkOptionalArguments(string text, Command command)
    {
        foreach (var argument in command.Arguments)
        {
            if (argument.Arity.MinimumNumberOfValues == 0)
            {
                var name = argument.HelpName ?? argument.Name;
                text = text.Replace($"[<{name}>]", $"[{name}]", StringComparison.Ordinal)
                    .Replace($"\n  <{name}>", $"\n  [{name}]", StringComparison.Ordinal);
            }
        }

        foreach (var subcommand in command.Subcommands)
        {
            foreach (var argument in subcommand.Arguments)
            {
                if (argument.Arity.MinimumNumberOfValues == 0)
                {
                    var name = argument.HelpName ?? argument.Name;
                    text = text.Replace($"  {subcommand.Name} <{name}>", $"  {subcommand.Name} [{name}]", StringComparison.Ordinal);
                }
            }
        }

        return text;
    }
}
