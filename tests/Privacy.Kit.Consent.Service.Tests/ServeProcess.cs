using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>
/// The real <c>privacy-kit serve</c> as a child process on a free loopback port, started as an operator would
/// (the key in <c>PRIVACY_KIT_CONSENT_KEY</c>), and killed with SIGKILL when a test says so or at the end.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(string database, string keysFile)
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "privacy-kit.dll"), "serve", "--db", database, "--urls", "http://127.0.0.1:0", "--api-keys", keysFile })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PRIVACY_KIT_CONSENT_KEY"] = TestKeys.LedgerKey;
        _process = Process.Start(start) ?? throw new InvalidOperationException("privacy-kit serve did not start.");
        _process.OutputDataReceived += (_, line) => Received(line.Data);
        _process.ErrorDataReceived += (_, line) => Received(line.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("privacy-kit serve exited: " + Output));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string database, string keysFile)
    {
        var server = new ServeProcess(database, keysFile);
        try
        {
            server.Address = await server._listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing the process could still finish.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    private static string DotNetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
