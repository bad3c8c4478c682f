using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using static Privacy.Kit.Consent.Sqlite.SqliteCommands;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// The rows of a ledger in one SQLite file: one writer connection whose transactions take SQLite's write lock
/// first (BEGIN IMMEDIATE), so appends from other processes are serialised and read current heads; read
/// connections kept for reuse, each read in one snapshot (write-ahead log).
/// </summary>
internal sealed class SqliteLedgerStore : IConsentLedgerStore
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _writer;
    private readonly ConcurrentBag<LedgerReader> _readers = [];
    private readonly SqliteCommand? _readHead;
    private readonly SqliteCommand? _insert;
    private bool _disposed;

    public SqliteLedgerStore(string connectionString, SqliteConnection? writer)
    {
        _connectionString = connectionString;
        _writer = writer;
        if (writer is not null)
        {
            // Prepared once: the writer runs the same statements for every append.
            _readHead = Prepared(writer, SqliteLedgerSchema.ReadHead, "$subject");
            _insert = Prepared(writer, SqliteLedgerSchema.InsertEntry, "$subject", "$sequence", "$position", "$kind", "$previous_hash", "$hash", "$payload");
        }
    }

    public ILedgerWriteTransaction BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null)
        {
            throw new InvalidOperationException("The consent ledger was opened read-only.");
        }

        return new WriteTransaction(this, _writer.BeginTransaction(deferred: false));
    }

    public IReadOnlyList<StoredEntry> ReadSubject(SubjectPseudonym subject, bool includeDecisions)
    {
        var reader = Rent();
        try
        {
            using var rows = reader.Query(includeDecisions ? SqliteLedgerSchema.ReadChain : SqliteLedgerSchema.ReadHistory, subject).ExecuteReader();
            var entries = new List<StoredEntry>();
            while (rows.Read())
            {
                entries.Add(SqliteRows.Entry(rows));
            }

            return entries;
        }
        finally
        {
            Return(reader);
        }
    }

    public ILedgerSnapshot OpenSnapshot() => new Snapshot(this, Rent());

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _readHead?.Dispose();
        _insert?.Dispose();
        _writer?.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private static string? ReadInfo(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var read = Command(connection, SqliteLedgerSchema.ReadInfo, ("$key", key));
        read.Transaction = transaction;
        return read.ExecuteScalar() as string;
    }

    private static byte[]? ReadCheckpoint(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var read = Command(connection, SqliteLedgerSchema.ReadCheckpoint);
        read.Transaction = transaction;
        return SqliteRows.Blob(read.ExecuteScalar());
    }

    private LedgerReader Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_readers.TryTake(out var reader))
        {
            return reader;
        }

        var connection = Connect(_connectionString, busyMilliseconds: 30_000);
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

    private sealed class WriteTransaction(SqliteLedgerStore store, SqliteTransaction transaction) : ILedgerWriteTransaction
    {
        private readonly SqliteConnection _connection = transaction.Connection!;

        public string? ReadInfo(string key) => SqliteLedgerStore.ReadInfo(_connection, transaction, key);

        public void WriteInfo(string key, string value)
        {
            using var write = Command(_connection, SqliteLedgerSchema.WriteInfo, ("$key", key), ("$value", value));
            write.Transaction = transaction;
            write.ExecuteNonQuery();
        }

        public byte[]? ReadCheckpoint() => SqliteLedgerStore.ReadCheckpoint(_connection, transaction);

        public void WriteCheckpoint(byte[] checkpoint)
        {
            using var write = Command(_connection, SqliteLedgerSchema.WriteCheckpoint, ("$value", checkpoint));
            write.Transaction = transaction;
            write.ExecuteNonQuery();
        }

        public ChainHead ReadHead(SubjectPseudonym subject)
        {
            var read = store._readHead!;
            read.Transaction = transaction;
            read.Parameters[0].Value = subject.ToArray();
            using var row = read.ExecuteReader();
            return row.Read() && row.GetValue(0) is long length && row.GetValue(1) is byte[] { Length: 32 } hash
                ? new ChainHead(length, ConsentHash.FromBytes(hash))
                : ChainHead.None;
        }

        public void Insert(StoredEntry entry)
        {
            var insert = store._insert!;
            insert.Transaction = transaction;
            Run(insert, entry.Subject.ToArray(), entry.Sequence, entry.Position, entry.Kind, entry.PreviousHash.ToArray(), entry.Hash.ToArray(), entry.Payload.ToArray());
        }

        public void Commit() => transaction.Commit();

        public void Dispose() => transaction.Dispose();
    }

    private sealed class Snapshot : ILedgerSnapshot
    {
        private readonly SqliteLedgerStore _store;
        private readonly LedgerReader _reader;
        private readonly SqliteTransaction _transaction;

        public Snapshot(SqliteLedgerStore store, LedgerReader reader)
        {
            _store = store;
            _reader = reader;

            // One read transaction: the checkpoint and the rows are the same snapshot while others append.
            _transaction = reader.Connection.BeginTransaction(deferred: true);
        }

        public byte[]? ReadCheckpoint() => SqliteLedgerStore.ReadCheckpoint(_reader.Connection, _transaction);

        public string? ReadInfo(string key) => SqliteLedgerStore.ReadInfo(_reader.Connection, _transaction, key);

        public IEnumerable<StoredEntry> ReadAll() => Read(Command(_reader.Connection, SqliteLedgerSchema.ReadAll));

        public IEnumerable<StoredEntry> ReadFrom(long position) => Read(Command(_reader.Connection, SqliteLedgerSchema.ReadFrom, ("$position", position)));

        public void Dispose()
        {
            _transaction.Dispose();
            _store.Return(_reader);
        }

        private IEnumerable<StoredEntry> Read(SqliteCommand command)
        {
            using (command)
            {
                command.Transaction = _transaction;
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    yield return SqliteRows.Entry(rows);
                }
            }
        }
    }
}
