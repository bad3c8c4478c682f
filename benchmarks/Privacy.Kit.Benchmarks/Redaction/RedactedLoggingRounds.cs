using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Benchmarks.Redaction;

/// <summary>
/// <c>logging-rounds ROUNDS</c>: the three loggers of <see cref="RedactedLoggingBenchmarks"/> timed in alternating
/// rounds of 200,000 calls, printing each round's ratio to the erasing logger's round right before it. BenchmarkDotNet
/// measures one benchmark after the other, so a VM whose speed drifts within minutes moves its ratio; a ratio of
/// adjacent rounds does not drift with it.
/// </summary>
internal static class RedactedLoggingRounds
{
    private const int CallsPerRound = 200_000;
    private const string Value = "+31 6 12345678";

    public static bool TryRun(string[] args)
    {
        if (args is not ["logging-rounds", var rounds])
        {
            return false;
        }

        Run(int.Parse(rounds, CultureInfo.InvariantCulture));
        return true;
    }

    private static void Run(int rounds)
    {
        var (erasingProvider, erasing) = RedactedLoggingBenchmarks.Create(redaction => redaction.SetRedactor<ErasingRedactor>(PrivacyTaxonomy.PhoneNumber));
        var (constantProvider, constant) = RedactedLoggingBenchmarks.Create(redaction => redaction.SetRedactor<ConstantRedactor>(PrivacyTaxonomy.PhoneNumber));
        var (maskingProvider, masking) = RedactedLoggingBenchmarks.Create(redaction => redaction.AddPrivacyKit());
        using (erasingProvider)
        using (constantProvider)
        using (maskingProvider)
        {
            var constantRatios = new List<double>();
            var maskingRatios = new List<double>();
            var erasingTimes = new List<double>();

            // The first rounds warm up (tiered compilation) and are not counted.
            for (int round = -5; round < rounds; round++)
            {
                double erasingTime = Time(erasing);
                double constantTime = Time(constant);
                double maskingTime = Time(masking);
                if (round >= 0)
                {
                    erasingTimes.Add(erasingTime);
                    constantRatios.Add(constantTime / erasingTime);
                    maskingRatios.Add(maskingTime / erasingTime);
                }
            }

            Console.WriteLine($"erasing: median {Median(erasingTimes):F1} ns per call over {rounds} rounds");
            Print("constant", constantRatios);
            Print("masking", maskingRatios);
        }
    }

    private static double Time(ILogger logger)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < CallsPerRound; i++)
        {
            BenchmarkLog.CustomerCalled(logger, Value);
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / CallsPerRound;
    }

    private static void Print(string name, List<double> ratios)
    {
        double mean = ratios.Average();
        double deviation = Math.Sqrt(ratios.Sum(r => (r - mean) * (r - mean)) / (ratios.Count - 1));
        double halfInterval = 1.96 * deviation / Math.Sqrt(ratios.Count);
        Console.WriteLine(
            $"{name} / erasing: median {Median(ratios):F3}, mean {mean:F3} ± {halfInterval:F3} (95% interval), standard deviation {deviation:F3}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
