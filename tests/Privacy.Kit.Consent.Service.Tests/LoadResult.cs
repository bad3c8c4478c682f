using System.Collections.Concurrent;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>What a load run saw: every latency, every event the service acknowledged, every failure.</summary>
internal sealed class LoadResult
{
    public ConcurrentBag<double> DecisionMilliseconds { get; } = [];

    public ConcurrentBag<double> EventMilliseconds { get; } = [];

    /// <summary>The events answered 201: the subject as sent, and the sequence and hash the service answered.</summary>
    public ConcurrentBag<(string Subject, long Sequence, string Hash)> Acknowledged { get; } = [];

    public ConcurrentBag<string> Failures { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Summary(string what)
    {
        var all = DecisionMilliseconds.Concat(EventMilliseconds).ToArray();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{what}: {DecisionMilliseconds.Count} decisions + {EventMilliseconds.Count} events in {Elapsed.TotalSeconds:0.00} s = {all.Length / Elapsed.TotalSeconds:0} requests/s ({DecisionMilliseconds.Count / Elapsed.TotalSeconds:0} decisions/s); " +
            $"decisions p50 {Percentile(DecisionMilliseconds, 50):0.0} ms p99 {Percentile(DecisionMilliseconds, 99):0.0} ms; events p50 {Percentile(EventMilliseconds, 50):0.0} ms p99 {Percentile(EventMilliseconds, 99):0.0} ms; {Failures.Count} failures");
    }
}
