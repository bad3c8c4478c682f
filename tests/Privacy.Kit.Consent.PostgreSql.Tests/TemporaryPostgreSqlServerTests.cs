using System.Diagnostics;
using System.Net.Sockets;
using Privacy.Kit.Tests.PostgreSql;

namespace Privacy.Kit.Consent.PostgreSql.Tests;

/// <summary>The test fixture itself: a killed test run leaves no server behind for long.</summary>
public sealed class TemporaryPostgreSqlServerTests
{
    [Fact]
    public void A_server_whose_test_run_is_gone_is_stopped_and_deleted_by_the_next_start_and_a_live_one_is_left_alone()
    {
        using var abandoned = new TemporaryPostgreSqlServer();
        using var live = new TemporaryPostgreSqlServer();

        // What a run killed with SIGKILL leaves: a running server whose owner file names a process that has exited.
        File.WriteAllText(Path.Combine(abandoned.Folder, "owner"), ExitedProcessId() + " 1");
        var reaped = TemporaryPostgreSqlServer.ReapAbandoned();

        Assert.Contains(abandoned.Folder, reaped);
        Assert.False(Directory.Exists(abandoned.Folder));
        Assert.False(Accepts(abandoned.Port));
        Assert.DoesNotContain(live.Folder, reaped);
        Assert.True(Accepts(live.Port));
    }

    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
