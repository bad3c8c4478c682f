using System.Diagnostics;
using Privacy.Kit.Tests.PostgreSql;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>Every <c>privacy-kit consent</c> command reads <c>--db</c> as <c>serve</c> does: a <c>postgresql://</c> URI is a ledger on PostgreSQL.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ConsentCommandsOnPostgreSqlTests(TemporaryPostgreSqlServer postgres)
{
    private readonly string _uri = postgres.Uri(new Npgsql.NpgsqlConnectionStringBuilder(postgres.CreateDatabase()).Database!);

    [Fact]
    public void An_objection_recorded_on_postgresql_denies_the_check_and_the_ledger_verifies()
    {
        Assert.Equal(0, Run(TestKeys.LedgerKey, "consent", "object", "--db", _uri, "--subject", "+31612345678").ExitCode);

        var check = Run(TestKeys.LedgerKey, "consent", "check", "--db", _uri, "--subject", "+31612345678", "--purpose", "direct-marketing", "--channel", "email");
        var verify = Run(TestKeys.LedgerKey, "consent", "verify", "--db", _uri);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("\"objection\"", check.Output, StringComparison.Ordinal);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("1 subjects, 2 entries", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_key_in_the_environment_a_postgresql_ledger_is_bad_input()
    {
        var run = Run(null, "consent", "object", "--db", _uri, "--subject", "+31612345678");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PRIVACY_KIT_CONSENT_KEY", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(string? key, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "privacy-kit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PRIVACY_KIT_CONSENT_KEY");
        if (key is not null)
        {
            start.Environment["PRIVACY_KIT_CONSENT_KEY"] = key;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "privacy-kit did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }
}
