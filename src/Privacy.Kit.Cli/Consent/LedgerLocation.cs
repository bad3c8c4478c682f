using Privacy.Kit.Consent;
using Privacy.Kit.Consent.PostgreSql;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Cli.Consent;

/// <summary>
/// The one reading of <c>--db</c> shared by <c>privacy-kit serve</c> and every <c>privacy-kit consent</c> command: a
/// <c>postgresql://</c> (or <c>postgres://</c>) URI or an Npgsql connection string with a <c>Host</c> is a
/// PostgreSQL database; anything else is the path of a SQLite file (the embedded default).
/// </summary>
internal sealed class LedgerLocation
{
    private LedgerLocation(string text, bool isPostgreSql)
    {
        Text = text;
        IsPostgreSql = isPostgreSql;
    }

    /// <summary>The location as given.</summary>
    public string Text { get; }

    /// <summary>Whether it names a PostgreSQL database rather than a SQLite file.</summary>
    public bool IsPostgreSql { get; }

    /// <summary>Where to look for a key file when <c>PRIVACY_KIT_CONSENT_KEY</c> is not set: next to a SQLite file; none for PostgreSQL.</summary>
    public string? KeyFile => IsPostgreSql ? null : Text + ".key";

    /// <summary>Whether the ledger already exists, as far as can be told without opening it (a database server always may hold one).</summary>
    public bool MayExist => IsPostgreSql || File.Exists(Text);

    /// <summary>Reads a <c>--db</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The location.</returns>
    /// <exception cref="FormatException">The value is empty, or a PostgreSQL location that cannot be read.</exception>
    public static LedgerLocation Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("--db needs a SQLite file or a PostgreSQL connection string or postgresql:// URI.");
        }

        if (!PostgreSqlLocation.IsPostgreSql(text))
        {
            return new LedgerLocation(text, isPostgreSql: false);
        }

        PostgreSqlLocation.ToConnectionString(text);
        return new LedgerLocation(text, isPostgreSql: true);
    }

    /// <summary>Opens the ledger.</summary>
    /// <param name="pseudonymizer">The pseudonymization key.</param>
    /// <param name="create">Whether a missing ledger (file or schema) may be created.</param>
    /// <param name="clock">The clock entries are stamped with.</param>
    /// <param name="readOnly">Whether to open it for reading only (an audit).</param>
    /// <returns>The ledger; dispose it to close it.</returns>
    /// <exception cref="FileNotFoundException">A SQLite file is missing and <paramref name="create"/> is false.</exception>
    /// <exception cref="InvalidOperationException">The ledger was made with another key or is of an unknown format.</exception>
    public ConsentLedger Open(SubjectPseudonymizer pseudonymizer, bool create, TimeProvider clock, bool readOnly = false)
    {
        if (IsPostgreSql)
        {
            return PostgreSqlConsentLedger.Open(Text, pseudonymizer, new PostgreSqlConsentLedgerOptions { CreateIfMissing = create && !readOnly, TimeProvider = clock });
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(Text));
        if (create && folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder of '{Text}' does not exist.");
        }

        return SqliteConsentLedger.Open(Text, pseudonymizer, new SqliteConsentLedgerOptions { CreateIfMissing = create && !readOnly, ReadOnly = readOnly, TimeProvider = clock });
    }

    /// <summary>What of the location must never reach a log: the database password, if the location holds one.</summary>
    public IReadOnlyList<string> Secrets =>
        IsPostgreSql && new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlLocation.ToConnectionString(Text)).Password is { Length: > 0 } password ? [password] : [];

    /// <summary>The location for messages and logs: a SQLite path as given, a PostgreSQL location without its password.</summary>
    /// <returns>The displayable location.</returns>
    public override string ToString()
    {
        if (!IsPostgreSql)
        {
            return Text;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlLocation.ToConnectionString(Text));
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
