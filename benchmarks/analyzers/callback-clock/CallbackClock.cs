// Compiled into Privacy.Kit.Analyzers only by benchmarks/analyzers/callback-clock.sh (-p:PrivacyKitCallbackClock=true);
// never part of the package.
#pragma warning disable RS1035 // A benchmark build: it reads an environment variable and writes a file at process exit.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The CPU time of this thread spent inside each rule's callbacks, written at process exit to the file that
/// <c>PK_CALLBACK_CLOCK</c> names, with the whole process's CPU time. Thread CPU time, unlike the compiler's own
/// <c>ReportAnalyzer</c> stopwatch, does not count the time slices other threads get while a callback runs.
/// </summary>
internal static class CallbackClock
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    private static readonly ConcurrentDictionary<string, long[]> ByCallback = new();

    static CallbackClock() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Write();

    /// <summary><paramref name="action"/>, timed under <paramref name="name"/> and the kind of its context.</summary>
    public static Action<T> Time<T>(string name, Action<T> action)
    {
        var totals = ByCallback.GetOrAdd(name + ":" + typeof(T).Name, static _ => new long[2]);
        return context =>
        {
            var start = Now();
            try
            {
                action(context);
            }
            finally
            {
                Interlocked.Add(ref totals[0], Now() - start);
                Interlocked.Increment(ref totals[1]);
            }
        };
    }

    private static long Now()
    {
        if (ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: the callback clock needs Linux.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private static void Write()
    {
        if (Environment.GetEnvironmentVariable("PK_CALLBACK_CLOCK") is not { Length: > 0 } path)
        {
            return;
        }

        // One line per callback kind: process id, the process's CPU seconds, the callback, its CPU seconds, its calls.
        using var process = Process.GetCurrentProcess();
        var lines = new List<string>();
        foreach (var pair in ByCallback)
        {
            lines.Add(FormattableString.Invariant($"{process.Id} {process.TotalProcessorTime.TotalSeconds:F3} {pair.Key} {pair.Value[0] / 1e9:F4} {pair.Value[1]}"));
        }

        File.AppendAllLines(path, lines);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
