using System.Net;
using Privacy.Kit.Consent.PostgreSql;
using Privacy.Kit.Tests.PostgreSql;
using Xunit.Abstractions;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>
/// <c>privacy-kit serve</c> on PostgreSQL under load, killed mid-load, and two servers on one database. CI runs
/// a reduced load; <c>PRIVACY_KIT_SERVICE_LOAD=full</c> runs the benchmark's 20,000 decisions and 5,000 events.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ServiceOnPostgreSqlTests : IDisposable
{
    private const int Clients = 16;
    private static readonly bool Full = Environment.GetEnvironmentVariable("PRIVACY_KIT_SERVICE_LOAD") == "full";
    private readonly TemporaryPostgreSqlServer _postgres;
    private readonly ITestOutputHelper _output;
    private readonly string _database;
    private readonly string _keysFile = Path.GetTempFileName();

    public ServiceOnPostgreSqlTests(TemporaryPostgreSqlServer postgres, ITestOutputHelper output)
    {
        _postgres = postgres;
        _output = output;
        _database = postgres.CreateDatabase();
        File.WriteAllText(_keysFile, TestKeys.Json);
    }

    [Fact]
    public async Task Sixteen_dialers_get_every_decision_and_every_event_stored()
    {
        var (decisions, events) = Full ? (20_000, 5_000) : (2_000, 500);
        using var server = await ServeProcess.StartAsync(Uri(), _keysFile);
        await Warm(server);

        var load = await ServiceLoad.RunAsync([() => server.Client(TestKeys.Dialer)], Clients, decisions, events, people: 1_000);

        _output.WriteLine(load.Summary($"{Clients} clients, one server on PostgreSQL"));
        Assert.Empty(load.Failures);
        Assert.Equal((decisions, events), (load.DecisionMilliseconds.Count, load.EventMilliseconds.Count));
        await AssertEveryAcknowledgedEventIsProvenAsync(server, load);
        AssertLedger(entries: decisions + events + 2 * Warmups);
    }

    [Fact]
    public async Task A_server_killed_mid_load_loses_no_acknowledged_event_and_leaves_every_chain_intact()
    {
        var result = new LoadResult();
        Task load;
        using (var doomed = await ServeProcess.StartAsync(Uri(), _keysFile))
        {
            await Warm(doomed);
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            load = ServiceLoad.RunAsync([() => doomed.Client(TestKeys.Dialer)], Clients, decisions: 100_000, events: 25_000, people: 50, stop.Token, result);
            while (result.Acknowledged.Count < 300 && await Task.WhenAny(load, Task.Delay(20)) != load)
            {
            }

            doomed.Kill();
            await load;
        }

        _output.WriteLine(result.Summary("until SIGKILL"));
        Assert.True(result.Acknowledged.Count >= 300, $"only {result.Acknowledged.Count} events were acknowledged before the kill: {string.Join(", ", result.Failures.Take(3))}");
        Assert.Equal(Clients, result.Failures.Count);

        using var restarted = await ServeProcess.StartAsync(Uri(), _keysFile);
        await AssertEveryAcknowledgedEventIsProvenAsync(restarted, result);
        AssertLedger(entries: null);
    }

    [Fact]
    public async Task Two_servers_on_one_database_keep_every_chain_intact()
    {
        var (decisions, events) = Full ? (20_000, 5_000) : (1_200, 600);
        using var first = await ServeProcess.StartAsync(Uri(), _keysFile);
        using var second = await ServeProcess.StartAsync(Uri(), _keysFile);
        await Warm(first);
        await Warm(second);

        // Few people, so the two servers keep appending to the same chains at the same moments.
        var load = await ServiceLoad.RunAsync([() => first.Client(TestKeys.Dialer), () => second.Client(TestKeys.Dialer)], Clients, decisions, events, people: 20);

        _output.WriteLine(load.Summary("two servers on one PostgreSQL database"));
        Assert.Empty(load.Failures);
        await AssertEveryAcknowledgedEventIsProvenAsync(first, load);
        AssertLedger(entries: decisions + events + 4 * Warmups);
    }

    public void Dispose() => File.Delete(_keysFile);

    /// <summary>
    /// Requests of each kind before the load. The full load is a benchmark of the steady state: 300, so that tiered
    /// compilation has compiled the hot paths (with 5, the first seconds of tier-0 code showed as the p99); CI's 5
    /// only open the connections.
    /// </summary>
    private static readonly int Warmups = Full ? 300 : 5;

    private string Uri() => _postgres.Uri(new Npgsql.NpgsqlConnectionStringBuilder(_database).Database!);

    /// <summary>Requests first, so that start-up (JIT, first connections) is not measured as latency.</summary>
    private static async Task Warm(ServeProcess server)
    {
        using var client = server.Client(TestKeys.Dialer);
        for (var i = 0; i < Warmups; i++)
        {
            (await client.PostJsonAsync("/v1/decisions", """{"subject": "+31612345678", "purpose": "service", "channel": "phone"}""")).EnsureSuccessStatusCode().Dispose();
            (await client.PostJsonAsync("/v1/events", """{"subject": "+31612345678", "kind": "objection"}""")).EnsureSuccessStatusCode().Dispose();
        }
    }

    private static async Task AssertEveryAcknowledgedEventIsProvenAsync(ServeProcess server, LoadResult load)
    {
        using var auditor = server.Client(TestKeys.Auditor);
        foreach (var person in load.Acknowledged.GroupBy(a => a.Subject))
        {
            using var response = await auditor.GetAsync($"/v1/subjects/{person.Key}/proof");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var proof = await response.JsonAsync();
            Assert.True(proof.GetProperty("chain").GetProperty("intact").GetBoolean(), $"the chain of {person.Key} is broken");
            var entries = proof.GetProperty("entries").EnumerateArray()
                .Select(e => (e.GetProperty("sequence").GetInt64(), e.GetProperty("hash").GetString()))
                .ToHashSet();
            foreach (var (_, sequence, hash) in person)
            {
                Assert.Contains((sequence, hash), entries);
            }
        }
    }

    private void AssertLedger(long? entries)
    {
        using var pseudonymizer = new SubjectPseudonymizer(Convert.FromBase64String(TestKeys.LedgerKey));
        using var ledger = PostgreSqlConsentLedger.Open(_database, pseudonymizer, new PostgreSqlConsentLedgerOptions { CreateIfMissing = false });
        var verification = ledger.VerifyAll();
        Assert.True(verification.IsIntact, string.Join("; ", verification.Broken.Select(b => b.Problem)));
        if (entries is { } expected)
        {
            Assert.Equal(expected, verification.Entries);
        }
    }
}
