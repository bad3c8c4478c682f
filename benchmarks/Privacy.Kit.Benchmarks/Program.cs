using BenchmarkDotNet.Running;

namespace Privacy.Kit.Benchmarks;

internal static class Program
{
    // Run with: dotnet run -c Release --project benchmarks/Privacy.Kit.Benchmarks -- --filter '*'
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
