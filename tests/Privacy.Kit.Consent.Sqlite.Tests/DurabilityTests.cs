using Privacy.Kit.Tests.Consent;
using System.Diagnostics;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Sqlite.Tests;

public sealed class DurabilityTests : IDisposable
{
    private readonly LedgerFile _file = new();

    [Fact]
    public void A_child_process_killed_while_appending_leaves_every_acknowledged_event_and_valid_chains()
    {
        const int writers = 4, acknowledgementsBeforeKill = 400;
        var acknowledged = new List<string>();
        using (var child = StartChild(writers))
        {
            while (acknowledged.Count < acknowledgementsBeforeKill && child.StandardOutput.ReadLine() is { } line)
            {
                acknowledged.Add(line);
            }

            // Kill mid-append: the writers are still running and the last transaction is in flight.
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.Equal(acknowledgementsBeforeKill, acknowledged.Count);
        }

        using var ledger = _file.Open();
        Assert.True(ledger.VerifyAll().IsIntact);
        var stored = Enumerable.Range(0, writers)
            .SelectMany(w => ledger.ReadChain(SampleLedger.Subject(w)))
            .Select(r => $"{r.Subject} {r.Sequence} {r.Hash}")
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(acknowledged, line => Assert.Contains(line, stored));
    }

    public void Dispose() => _file.Dispose();

    private Process StartChild(int writers)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ChildAppender).Assembly.Location);
        start.ArgumentList.Add(ChildAppender.Command);
        start.ArgumentList.Add(_file.Path);
        start.ArgumentList.Add(writers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Process.Start(start)!;
    }
}
