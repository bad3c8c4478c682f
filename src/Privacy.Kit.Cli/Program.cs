using System.CommandLine;

namespace Privacy.Kit.Cli;

/// <summary>Entry point of the <c>privacy-kit</c> command line.</summary>
internal static class Program
{
    public static int Main(string[] args) => PrivacyKitCommand.Run(args, new InvocationConfiguration());
}
