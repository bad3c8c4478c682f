using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>Opening connections and building commands, one way for every part of the ledger.</summary>
internal static class SqliteCommands
{
    public static SqliteConnection Connect(string connectionString, int busyMilliseconds)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {busyMilliseconds.ToString(CultureInfo.InvariantCulture)};");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    /// <summary>A command with named parameters whose values are set before each run.</summary>
    public static SqliteCommand Prepared(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>Sets the parameters of a <see cref="Prepared"/> command in order and runs it.</summary>
    public static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
