using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Privacy.Kit.Consent.Service.Auth;
using Privacy.Kit.Consent.Service.Hosting;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>
/// The real server on Kestrel on a free loopback port, in this process, over a SQLite ledger in a temporary folder;
/// its log is captured. Clients are plain <see cref="HttpClient"/>s.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-kit-serve-").FullName;
    private readonly StringWriter _log = new();
    private readonly ConsentLedger _ledger;
    private readonly System.Security.Cryptography.ECDsa _signingKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
    private readonly SubjectPseudonymizer _pseudonymizer = new(Convert.FromBase64String(TestKeys.LedgerKey));
    private readonly WebApplication _app;

    private InProcessServer()
    {
        _ledger = SqliteConsentLedger.Open(Path.Combine(_folder, "consent.db"), _pseudonymizer);
        _app = ConsentServer.Build(new ConsentServerOptions
        {
            Ledger = _ledger,
            Pseudonymizer = _pseudonymizer,
            Keys = ApiKeys.Parse(TestKeys.Json),
            Urls = "http://127.0.0.1:0",
            Log = TextWriter.Synchronized(_log),
            Secrets = [TestKeys.LedgerKey],
            SigningKey = _signingKey,
        });
    }

    public Uri Address { get; private set; } = null!;

    public ConsentLedger Ledger => _ledger;

    public System.Security.Cryptography.ECDsa SigningKey => _signingKey;

    public SubjectPseudonymizer Pseudonymizer => _pseudonymizer;

    /// <summary>Edits the ledger's SQLite file behind the server's back, as someone with access to the file could.</summary>
    public void Tamper(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "consent.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER entries_are_append_only_update; " + sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Everything the server logged so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// The log once it holds every line in <paramref name="expected"/>: a request's log line is written after its response
    /// has been sent, so a client can see the answer before the line exists. Gives up after ten seconds.
    /// </summary>
    public async Task<string> LogHoldingAsync(params string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var log = Log;
            if (Array.TrueForAll(expected, line => log.Contains(line, StringComparison.Ordinal)) || DateTime.UtcNow > deadline)
            {
                return log;
            }

            await Task.Delay(20);
        }
    }

    public static async Task<InProcessServer> StartAsync()
    {
        var server = new InProcessServer();
        await server._app.StartAsync();
        server.Address = new Uri(server._app.Urls.Single());
        return server;
    }

    /// <summary>A client sending <paramref name="key"/> as its bearer key (none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        (_ledger as IDisposable)?.Dispose();
        _pseudonymizer.Dispose();
        _signingKey.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
