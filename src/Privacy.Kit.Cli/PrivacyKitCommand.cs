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
        return root;
    }
}
