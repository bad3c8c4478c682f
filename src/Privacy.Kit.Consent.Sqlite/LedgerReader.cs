using Microsoft.Data.Sqlite;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// A read connection with its per-subject queries prepared once: a contact decision reads one subject's history,
/// and preparing the statement again for every decision cost more than the lookup itself.
/// </summary>
internal sealed class LedgerReader(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _queries = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The prepared query <paramref name="sql"/> (with one <c>$subject</c> parameter) bound to <paramref name="subject"/>.</summary>
    public SqliteCommand Query(string sql, SubjectPseudonym subject)
    {
        if (!_queries.TryGetValue(sql, out var query))
        {
            query = Connection.CreateCommand();
            query.CommandText = sql;
            query.Parameters.Add(new SqliteParameter { ParameterName = "$subject" });
            query.Prepare();
            _queries.Add(sql, query);
        }

        query.Parameters[0].Value = subject.ToArray();
        return query;
    }

    public void Dispose()
    {
        foreach (var query in _queries.Values)
        {
            query.Dispose();
        }

        Connection.Dispose();
    }
}
