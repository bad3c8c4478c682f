using Microsoft.Data.Sqlite;
using static Privacy.Kit.Consent.Sqlite.SqliteCommands;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// The writer connection and its three prepared statements: stores one batch of appends in one transaction,
/// reading each subject's head inside it so that other processes appending to the same file are serialised by
/// SQLite's write lock.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly TimeProvider _timeProvider;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _readHead;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _upsert;
    private long _transactions;

    public SqliteBatchWriter(SqliteConnection connection, TimeProvider timeProvider)
    {
        _connection = connection;
        _timeProvider = timeProvider;

        // Prepared once: the writer runs the same three statements for every append.
        _readHead = Prepared(connection, SqliteLedgerSchema.ReadHead, "$subject");
        _insert = Prepared(connection, SqliteLedgerSchema.InsertEntry, "$subject", "$sequence", "$kind", "$previous_hash", "$hash", "$payload");
        _upsert = Prepared(connection, SqliteLedgerSchema.UpsertHead, "$subject", "$length", "$head");
    }

    /// <summary>How many write transactions committed.</summary>
    public long CommittedTransactions => Interlocked.Read(ref _transactions);

    /// <summary>Stores a batch; every append in it succeeds or fails (an invalid event fails alone).</summary>
    public void Commit(List<PendingAppend> batch)
    {
        var recordedAt = _timeProvider.GetUtcNow();
        var heads = new Dictionary<SubjectPseudonym, (long Length, ConsentHash Head)>();
        var stored = new List<(PendingAppend Pending, ConsentRecord Record)>(batch.Count);
        try
        {
            using var transaction = _connection.BeginTransaction();
            _readHead.Transaction = _insert.Transaction = _upsert.Transaction = transaction;
            foreach (var pending in batch)
            {
                if (!heads.TryGetValue(pending.Subject, out var head))
                {
                    _readHead.Parameters[0].Value = pending.Subject.ToArray();
                    head = SqliteRows.ReadHead(_readHead);
                }

                ConsentRecord record;
                try
                {
                    record = ConsentRecord.Create(pending.Subject, head.Length + 1, head.Head, pending.Event, recordedAt);
                }
                catch (ArgumentException invalid)
                {
                    // An invalid event fails alone; the others in the batch are still stored.
                    pending.Fail(invalid);
                    continue;
                }

                var subject = pending.Subject.ToArray();
                Run(_insert, subject, record.Sequence, record.Event.Kind, record.PreviousHash.ToArray(), record.Hash.ToArray(), record.Payload.ToArray());
                Run(_upsert, subject, record.Sequence, record.Hash.ToArray());
                heads[pending.Subject] = (record.Sequence, record.Hash);
                stored.Add((pending, record));
            }

            transaction.Commit();
            Interlocked.Increment(ref _transactions);
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Fail(e);
            }

            return;
        }

        foreach (var (pending, record) in stored)
        {
            pending.Succeed(record);
        }
    }

    public void Dispose()
    {
        _readHead.Dispose();
        _insert.Dispose();
        _upsert.Dispose();
        _connection.Dispose();
    }
}
