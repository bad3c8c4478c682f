using System.Security.Cryptography;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Cli.Consent;

/// <summary>
/// Where the command line finds the pseudonymization key: the environment variable
/// <c>PRIVACY_KIT_CONSENT_KEY</c> (base64, at least 16 bytes), else a key file next to the database
/// (<c>FILE.key</c>), created with 32 random bytes and owner-only permissions by the first command that writes.
/// </summary>
internal static class ConsentKey
{
    public const string EnvironmentVariable = "PRIVACY_KIT_CONSENT_KEY";

    /// <summary>Reads <c>--db</c> the one way every command reads it (<see cref="LedgerLocation"/>).</summary>
    public static LedgerLocation Location(string database)
    {
        try
        {
            return LedgerLocation.Parse(database);
        }
        catch (FormatException e)
        {
            throw new ConsentUsageException($"--db: {e.Message}");
        }
    }

    /// <summary>The key for a ledger: on PostgreSQL only from the environment (there is no file next to a database server).</summary>
    public static SubjectPseudonymizer Resolve(LedgerLocation location, bool mayCreate) =>
        !location.IsPostgreSql ? Resolve(location.Text, mayCreate)
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } ? Resolve(location.Text, mayCreate: false)
        : throw new ConsentUsageException($"set {EnvironmentVariable} (base64): a ledger on PostgreSQL has no key file next to it.");

    public static SubjectPseudonymizer Resolve(string database, bool mayCreate)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } encoded)
        {
            return FromBase64(encoded, EnvironmentVariable);
        }

        var keyFile = database + ".key";
        if (File.Exists(keyFile))
        {
            return FromBase64(File.ReadAllText(keyFile).Trim(), keyFile);
        }

        if (!mayCreate)
        {
            throw new ConsentUsageException($"no pseudonymization key: set {EnvironmentVariable} or restore the key file '{keyFile}'.");
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(keyFile, options))
        {
            writer.WriteLine(Convert.ToBase64String(key));
        }

        return new SubjectPseudonymizer(key);
    }

    private static SubjectPseudonymizer FromBase64(string encoded, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            throw new ConsentUsageException($"the key in {source} is not base64.");
        }

        return key.Length >= SubjectPseudonymizer.MinimumKeyLength
            ? new SubjectPseudonymizer(key)
            : throw new ConsentUsageException($"the key in {source} has {key.Length} bytes; at least {SubjectPseudonymizer.MinimumKeyLength} are needed (32 recommended).");
    }
}
