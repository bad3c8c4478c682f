using Microsoft.Data.Sqlite;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>Turning stored rows back into heads and entries.</summary>
internal static class SqliteRows
{
    public static (long Length, ConsentHash Head) ReadHead(SqliteCommand readHead)
    {
        using var row = readHead.ExecuteReader();
        return row.Read() ? (row.GetInt64(0), ConsentHash.FromBytes((byte[])row.GetValue(1))) : (0, ConsentHash.Genesis);
    }

    public static ConsentRecord Restore(SqliteDataReader row) => ConsentRecord.Restore(
        (byte[])row.GetValue(0), ConsentHash.FromBytes((byte[])row.GetValue(1)), ConsentHash.FromBytes((byte[])row.GetValue(2)));
}
