using BenchmarkDotNet.Running;
using Privacy.Kit.Benchmarks.Redaction;
using Privacy.Kit.Benchmarks.Text;

namespace Privacy.Kit.Benchmarks;

internal static class Program
{
    // Run with: dotnet run -c Release --project benchmarks/Privacy.Kit.Benchmarks -- --filter '*'
    // End-to-end tools (benchmarks/README.md): -- notes FILE MEGABYTES, -- regex-redact FILE; -- logging-rounds ROUNDS.
    public static void Main(string[] args)
    {
        if (!EndToEndTools.TryRun(args) && !RedactedLoggingRounds.TryRun(args))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
