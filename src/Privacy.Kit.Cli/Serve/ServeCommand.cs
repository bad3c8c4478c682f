using System.CommandLine;
using Privacy.Kit.Cli.Consent;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Service.Auth;
using Privacy.Kit.Consent.Service.Hosting;

namespace Privacy.Kit.Cli.Serve;

/// <summary>
/// <c>privacy-kit serve --db DB --urls URL --api-keys FILE</c>: the consent service for dialers, until stopped
/// (Ctrl+C or SIGTERM; exit 0). A SQLite path or a PostgreSQL connection string or <c>postgresql://</c> URI as
/// <c>--db</c>, read as every consent command reads it; the pseudonymization key from
/// <c>PRIVACY_KIT_CONSENT_KEY</c> (or, for SQLite, the key file next to the ledger). Bad input or a ledger that
/// cannot be opened: exit 2 with one line on standard error; a damaged ledger: exit 1.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen, for example http://127.0.0.1:8080 (several separated by ';'). http://127.0.0.1:8080 by default.",
        HelpName = "URL",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string> ApiKeyFile = new("--api-keys")
    {
        Description = "The bearer keys: a JSON array of {\"name\", \"key\" (or \"sha256\"), \"scopes\": [decide, record, proof, digest]}.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string> SigningKey = new("--signing-key")
    {
        Description = "The ECDSA P-256 private key (PEM) that GET /v1/digest signs with; without it the service signs no digests.",
        HelpName = "KEY.pem",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create()
    {
        var serve = new Command("serve", "Run the consent service for dialers: decisions, events, proofs and health over HTTP.");
        serve.Options.Add(ConsentOptions.Database);
        serve.Options.Add(Urls);
        serve.Options.Add(ApiKeyFile);
        serve.Options.Add(SigningKey);
        serve.SetAction(Run);
        return serve;
    }

    private static int Run(ParseResult result)
    {
        var error = result.InvocationConfiguration.Error;
        ConsentLedger? ledger = null;
        SubjectPseudonymizer? pseudonymizer = null;
        System.Security.Cryptography.ECDsa? signingKey = null;
        try
        {
            var location = ConsentKey.Location(result.GetValue(ConsentOptions.Database) ?? throw new ConsentUsageException("--db is required."));
            var keys = LoadApiKeys(result.GetValue(ApiKeyFile) ?? throw new ConsentUsageException("--api-keys is required."));
            var urls = result.GetValue(Urls) ?? "http://127.0.0.1:8080";
            signingKey = result.GetValue(SigningKey) is { } keyFile ? ReadSigningKey(keyFile) : null;
            pseudonymizer = ConsentKey.Resolve(location, mayCreate: !location.MayExist);
            ledger = location.Open(pseudonymizer, create: true, TimeProvider.System);
            var app = ConsentServer.Build(new ConsentServerOptions
            {
                Ledger = ledger,
                Pseudonymizer = pseudonymizer,
                Keys = keys,
                Urls = urls,
                Log = result.InvocationConfiguration.Output,
                Secrets = location.Secrets,
                SigningKey = signingKey,
            });
            ServeLog.Serving(app.Logger, location.ToString());
            app.Run();
            return ExitCodes.Ok;
        }
        catch (ConsentLedgerDamagedException e)
        {
            // Broken evidence is a finding (exit 1), as for every consent command: nothing was served on it.
            return CliError.Write(error, "serve", e.Message, ExitCodes.Finding);
        }
        catch (Exception e) when (e is ConsentUsageException or FormatException or IOException or UnauthorizedAccessException or InvalidOperationException
                                      or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            return CliError.Write(error, "serve", e.Message);
        }
        finally
        {
            ledger?.Dispose();
            pseudonymizer?.Dispose();
            signingKey?.Dispose();
        }
    }

    private static ApiKeys LoadApiKeys(string path)
    {
        try
        {
            return ApiKeys.Load(path);
        }
        catch (ApiKeyFileException e)
        {
            throw new ConsentUsageException($"{ApiKeyFile.Name}: {e.Message}");
        }
    }

    private static System.Security.Cryptography.ECDsa ReadSigningKey(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConsentUsageException($"--signing-key: '{path}' does not exist.");
        }

        try
        {
            return LedgerDigest.ReadPrivateKey(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new ConsentUsageException($"--signing-key: {e.Message}");
        }
    }
}
