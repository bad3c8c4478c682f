using System.Globalization;
using Npgsql;

namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// Where a PostgreSQL ledger lives, as an operator writes it: an Npgsql connection string
/// (<c>Host=db1;Port=5432;Username=consent;Database=consent</c>) or a URI
/// (<c>postgresql://consent:secret@db1:5432/consent?sslmode=require</c>, also <c>postgres://</c>).
/// </summary>
public static class PostgreSqlLocation
{
    /// <summary>Whether <paramref name="location"/> names a PostgreSQL database rather than a file: a <c>postgresql://</c> or <c>postgres://</c> URI, or a connection string with a <c>Host</c>.</summary>
    /// <param name="location">A database location from the command line or configuration.</param>
    /// <returns>Whether it is a PostgreSQL location.</returns>
    public static bool IsPostgreSql(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (IsUri(location))
        {
            return true;
        }

        if (!location.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(location).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The Npgsql connection string for a connection string or URI.</summary>
    /// <param name="location">A connection string or <c>postgresql://</c> URI.</param>
    /// <returns>The connection string.</returns>
    /// <exception cref="FormatException">The location cannot be read; the message says which part.</exception>
    public static string ToConnectionString(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        try
        {
            return IsUri(location) ? FromUri(location).ConnectionString : new NpgsqlConnectionStringBuilder(location).ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new FormatException("The PostgreSQL connection string cannot be read: " + e.Message, e);
        }
    }

    private static bool IsUri(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUri(string location)
    {
        if (!System.Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new FormatException("The PostgreSQL URI cannot be read; expected postgresql://user[:password]@host[:port]/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = System.Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = System.Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = System.Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = System.Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : System.Uri.UnescapeDataString(pair[(equals + 1)..]);
            builder[key switch
            {
                "sslmode" => "SSL Mode",
                "connect_timeout" => "Timeout",
                "application_name" => "Application Name",
                "target_session_attrs" => "Target Session Attributes",
                _ => key,
            }] = key == "sslmode" ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value.Replace("-", " ", StringComparison.Ordinal)).Replace(" ", "", StringComparison.Ordinal) : value;
        }

        return builder;
    }
}
