using System.Collections.Concurrent;
using static Privacy.Kit.Consent.Sqlite.SqliteCommands;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// Read connections kept for reuse (a contact decision reads one subject's history), and the reads and checks
/// that run on them: a person's entries, one chain, every chain in one snapshot.
/// </summary>
internal sealed class SqliteReaderPool(string connectionString) : IDisposable
{
    private readonly ConcurrentBag<LedgerReader> _readers = [];
    private bool _disposed;

    public ConsentRecord[] Read(SubjectPseudonym subject, string sql)
    {
        var reader = Rent();
        try
        {
            using var rows = reader.Query(sql, subject).ExecuteReader();
            var records = new List<ConsentRecord>();
            while (rows.Read())
            {
                records.Add(SqliteRows.Restore(rows));
            }

            return [.. records];
        }
        finally
        {
            Return(reader);
        }
    }

    public ChainVerification Verify(SubjectPseudonym subject)
    {
        var reader = Rent();
        try
        {
            var (length, head) = SqliteRows.ReadHead(reader.Query(SqliteLedgerSchema.ReadHead, subject));
            return Verify(reader, subject, length, head);
        }
        finally
        {
            Return(reader);
        }
    }

    public LedgerVerification VerifyAll()
    {
        var broken = new List<ChainVerification>();
        long subjects = 0, entries = 0;
        var reader = Rent();
        try
        {
            // One read transaction, so that the heads and the chains are the same snapshot while others append.
            using var snapshot = reader.Connection.BeginTransaction(deferred: true);
            using var all = Command(reader.Connection, SqliteLedgerSchema.AllSubjects);
            using (var rows = all.ExecuteReader())
            {
                while (rows.Read())
                {
                    var subject = SubjectPseudonym.FromBytes((byte[])rows.GetValue(0));
                    var result = Verify(reader, subject, rows.GetInt64(1), ConsentHash.FromBytes((byte[])rows.GetValue(2)));
                    subjects++;
                    entries += result.Length;
                    if (!result.IsIntact)
                    {
                        broken.Add(result);
                    }
                }
            }

            using var orphans = Command(reader.Connection, SqliteLedgerSchema.OrphanSubjects);
            using var orphanRows = orphans.ExecuteReader();
            while (orphanRows.Read())
            {
                var subject = SubjectPseudonym.FromBytes((byte[])orphanRows.GetValue(0));
                subjects++;
                broken.Add(Verify(reader, subject, 0, ConsentHash.Genesis));
            }
        }
        finally
        {
            Return(reader);
        }

        return new LedgerVerification(subjects, entries, broken);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private static ChainVerification Verify(LedgerReader reader, SubjectPseudonym subject, long length, ConsentHash head)
    {
        var records = new List<ConsentRecord>();
        using var command = Command(reader.Connection, SqliteLedgerSchema.ReadChain, ("$subject", subject.ToArray()));
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            try
            {
                records.Add(SqliteRows.Restore(rows));
            }
            catch (FormatException e)
            {
                return new ChainVerification(subject, records.Count, records.Count == 0 ? ConsentHash.Genesis : records[^1].Hash, records.Count + 1L, "the entry cannot be read (it was edited): " + e.Message);
            }
        }

        return ConsentChain.Verify(subject, records, length, head);
    }

    private LedgerReader Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_readers.TryTake(out var reader))
        {
            return reader;
        }

        var connection = Connect(connectionString, busyMilliseconds: 30_000);
        try
        {
            // Lookups land on random subjects of a large file: map it rather than copy each page through read().
            Execute(connection, "PRAGMA mmap_size = 1073741824;");
            return new LedgerReader(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Return(LedgerReader reader)
    {
        if (_disposed)
        {
            reader.Dispose();
            return;
        }

        _readers.Add(reader);
    }
}
