using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Privacy.Kit.Tests.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL server from the Debian package: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c>
/// on a free loopback port, stopped and deleted on <see cref="Dispose"/>. The server refuses to run as root, so a
/// root test run hands the folder to the unprivileged <c>postgres</c> user (or <c>nobody</c>) and runs the server
/// tools through <c>runuser</c>. Nothing is mocked: the tests talk to a real server over TCP.
/// <para>
/// A test run that is killed never reaches <see cref="Dispose"/>, so each server's folder holds an <c>owner</c> file
/// naming the test process (its id and start time, so a reused id is not mistaken for it). Starting a server first
/// stops and deletes every server whose owner is gone (<see cref="ReapAbandoned"/>), and the process-exit hook stops
/// this one when the run ends without disposing it (SIGTERM, Ctrl+C, an unhandled exception).
/// </para>
/// </summary>
public sealed class TemporaryPostgreSqlServer : IDisposable
{
    /// <summary>The superuser of the throwaway cluster (trust authentication on loopback only).</summary>
    public const string User = "privacykit";

    private const string FolderPrefix = "privacy-kit-pg-";
    private const string OwnerFile = "owner";

    private readonly string _folder;
    private readonly string _data;
    private readonly string _bin;
    private readonly string? _runAs;
    private int _databases;
    private bool _stopped;

    /// <summary>Creates and starts the server.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed or does not start.</exception>
    public TemporaryPostgreSqlServer()
    {
        _bin = FindBinaries();
        _runAs = Environment.UserName == "root" || IsRoot() ? UnprivilegedUser() : null;
        ReapAbandoned();
        _folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        _data = Path.Combine(_folder, "data");
        File.WriteAllText(Path.Combine(_folder, OwnerFile), Owner(Environment.ProcessId));
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            if (_runAs is not null)
            {
                Run("chown", null, "-R", _runAs, _folder);
            }

            Tool("initdb", "-D", _data, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions");
            Port = FreeLoopbackPort();
            var settings = string.Join(' ',
                "-c listen_addresses=127.0.0.1",
                "-c port=" + Port.ToString(CultureInfo.InvariantCulture),
                "-c unix_socket_directories=" + _folder,
                "-c max_connections=200",
                "-c shared_buffers=64MB");
            Tool("pg_ctl", "-D", _data, "-l", Path.Combine(_folder, "server.log"), "-o", settings, "-w", "-t", "60", "start");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The folder of this server: its data directory, socket, log and <c>owner</c> file.</summary>
    public string Folder => _folder;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>A connection string to the cluster's <c>postgres</c> database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    /// <param name="database">The database name.</param>
    /// <returns>The connection string.</returns>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Database = database,
        MaxPoolSize = 64,
    }.ConnectionString;

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    /// <returns>The connection string.</returns>
    public string CreateDatabase()
    {
        var name = "ledger_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return ConnectionString(name);
    }

    /// <summary>A <c>postgresql://</c> URI for <paramref name="database"/>, as an operator writes it.</summary>
    /// <param name="database">The database name.</param>
    /// <returns>The URI.</returns>
    public string Uri(string database) => $"postgresql://{User}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{database}";

    /// <summary>Stops the server at once and deletes its folder.</summary>
    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        StopAndDelete(_folder, _bin, _runAs);
    }

    /// <summary>
    /// Stops and deletes every throwaway server in the temporary folder whose owning test process is gone (a run that
    /// was killed); servers of runs still going, this machine's other test runs included, are left alone.
    /// </summary>
    /// <returns>The folders deleted.</returns>
    public static IReadOnlyList<string> ReapAbandoned()
    {
        var bin = FindBinaries();
        var runAs = Environment.UserName == "root" || IsRoot() ? UnprivilegedUser() : null;
        var reaped = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            string owner;
            try
            {
                owner = File.ReadAllText(Path.Combine(folder, OwnerFile)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // No owner file: being created right now, or from a fixture that wrote none; not ours to judge.
                continue;
            }

            var pid = int.TryParse(owner.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
            if (pid > 0 && Owner(pid) == owner)
            {
                continue;
            }

            try
            {
                StopAndDelete(folder, bin, runAs);
                reaped.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Another run reaps it at the same moment, or it belongs to another user: leave it.
            }
        }

        return reaped;
    }

    /// <summary>What the <c>owner</c> file says for a live process: its id and its start time (field 22 of <c>/proc/PID/stat</c>); an id alone for a process that is gone.</summary>
    private static string Owner(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");

            // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return pid.ToString(CultureInfo.InvariantCulture) + " " + fields[19];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return pid.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void StopAndDelete(string folder, string bin, string? runAs)
    {
        var data = Path.Combine(folder, "data");
        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                RunTool(bin, runAs, "pg_ctl", "-D", data, "-m", "immediate", "-w", "-t", "60", "stop");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        try
        {
            Dispose();
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The process is ending; the next run reaps what is left.
        }
    }

    private void Tool(string name, params string[] args) => RunTool(_bin, _runAs, name, args);

    private static void RunTool(string bin, string? runAs, string name, params string[] args) =>
        Run(runAs is null ? Path.Combine(bin, name) : "runuser", runAs is null ? null : Path.Combine(bin, name), runAs is null ? args : ["-u", runAs, "--", Path.Combine(bin, name), .. args]);

    private static void Run(string program, string? shownAs, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{shownAs ?? program} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{shownAs ?? program} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
    }

    /// <summary>The folder holding <c>initdb</c> and <c>pg_ctl</c>: the newest <c>/usr/lib/postgresql/N/bin</c>, else the PATH.</summary>
    private static string FindBinaries()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(folder => (Folder: Path.Combine(folder, "bin"), Version: int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(candidate => File.Exists(Path.Combine(candidate.Folder, "initdb")) && File.Exists(Path.Combine(candidate.Folder, "pg_ctl")))
                .OrderByDescending(candidate => candidate.Version)
                .FirstOrDefault();
            if (newest.Folder is not null)
            {
                return newest.Folder;
            }
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("PostgreSQL is not installed (no initdb and pg_ctl under /usr/lib/postgresql/*/bin or on the PATH): install the Debian package 'postgresql', as .ci/run does.");
    }

    private static bool IsRoot()
    {
        try
        {
            return File.ReadLines("/proc/self/status").Any(line => line.StartsWith("Uid:", StringComparison.Ordinal) && line.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, "0", ..]);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The Debian package's <c>postgres</c> user when it exists, else <c>nobody</c>.</summary>
    private static string UnprivilegedUser()
    {
        var users = File.ReadLines("/etc/passwd").Select(line => line.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        return users.Contains("postgres") ? "postgres" : users.Contains("nobody") ? "nobody"
            : throw new InvalidOperationException("Running as root, but neither the 'postgres' nor the 'nobody' user exists to run PostgreSQL as.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
