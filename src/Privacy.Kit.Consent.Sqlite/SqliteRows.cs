using Microsoft.Data.Sqlite;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>Reading stored rows without trusting their storage types.</summary>
internal static class SqliteRows
{
    /// <summary>The row under the reader, in the column order of <see cref="SqliteLedgerSchema.ReadAll"/>; never throws on odd values.</summary>
    public static StoredEntry Entry(SqliteDataReader row) => StoredEntry.FromColumns(
        row.GetValue(0), row.GetValue(1), row.GetValue(2), row.GetValue(3), row.GetValue(4), row.GetValue(5), row.GetValue(6));

    public static byte[]? Blob(object? value) => value as byte[];
}
