using Npgsql;
using NpgsqlTypes;

namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// The rows of a ledger in a PostgreSQL database: one writer connection whose transactions take the ledger's
/// advisory lock first (so writers on every node are serialized and read current heads), the inserts of a
/// transaction sent as one <c>unnest</c> statement together with the checkpoint and <c>COMMIT</c>; reads on pooled
/// connections with prepared statements, a whole-ledger read in one <c>REPEATABLE READ READ ONLY</c> snapshot.
/// </summary>
internal sealed class PostgreSqlLedgerStore : IConsentLedgerStore
{
    private readonly NpgsqlDataSource _dataSource;
    private NpgsqlConnection? _writer;
    private bool _disposed;

    private PostgreSqlLedgerStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Connects, refuses a database of format 1, and creates the schema when missing and allowed.</summary>
    public static PostgreSqlLedgerStore Open(NpgsqlConnectionStringBuilder builder, bool create, string name)
    {
        if (builder.MaxAutoPrepare == 0)
        {
            // The same handful of statements run for every append and read: prepare them once per connection.
            builder.MaxAutoPrepare = 16;
        }

        // The store changes no session state: skip the reset of a pooled connection, which would also drop the prepared statements.
        builder.NoResetOnClose = true;
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            using (var connection = dataSource.OpenConnection())
            {
                if (Scalar(connection, PostgreSqlLedgerSchema.IsFormat1) is true)
                {
                    throw new InvalidOperationException($"The consent ledger {name} is of format 1 (unkeyed chains that whoever runs the database can rewrite); this version reads format {ConsentLedger.FormatVersion}. Create the ledger in a new database.");
                }

                if (create)
                {
                    using var transaction = connection.BeginTransaction();
                    using var schema = new NpgsqlCommand(PostgreSqlLedgerSchema.Create, connection, transaction);
                    schema.ExecuteNonQuery();
                    transaction.Commit();
                }
                else if (Scalar(connection, PostgreSqlLedgerSchema.HasLedger) is not true)
                {
                    throw new InvalidOperationException($"The database {name.Replace("in database ", "", StringComparison.Ordinal)} holds no consent ledger.");
                }
            }

            return new PostgreSqlLedgerStore(dataSource);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    public ILedgerWriteTransaction BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is not { FullState: System.Data.ConnectionState.Open })
        {
            _writer?.Dispose();
            _writer = null;
            _writer = _dataSource.OpenConnection();
        }

        return new WriteTransaction(this, _writer);
    }

    public IReadOnlyList<StoredEntry> ReadSubject(SubjectPseudonym subject, bool includeDecisions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = _dataSource.OpenConnection();
        using var read = new NpgsqlCommand(includeDecisions ? PostgreSqlLedgerSchema.ReadChain : PostgreSqlLedgerSchema.ReadHistory, connection);
        read.Parameters.Add(new NpgsqlParameter<byte[]>("subject", NpgsqlDbType.Bytea) { TypedValue = subject.ToArray() });
        using var rows = read.ExecuteReader();
        var entries = new List<StoredEntry>();
        while (rows.Read())
        {
            entries.Add(Entry(rows));
        }

        return entries;
    }

    public ILedgerSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new Snapshot(_dataSource.OpenConnection());
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer?.Dispose();
        _dataSource.Dispose();
    }

    private static StoredEntry Entry(NpgsqlDataReader row) =>
        StoredEntry.FromColumns(row.GetValue(0), row.GetValue(1), row.GetValue(2), row.GetValue(3), row.GetValue(4), row.GetValue(5), row.GetValue(6));

    private static object? Scalar(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null, params NpgsqlParameter[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return command.ExecuteScalar();
    }

    private static NpgsqlParameter<T> Parameter<T>(string name, NpgsqlDbType type, T value) => new(name, type) { TypedValue = value };

    private static string? ReadInfo(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key) =>
        Scalar(connection, PostgreSqlLedgerSchema.ReadInfo, transaction, Parameter("key", NpgsqlDbType.Text, key)) as string;

    private static byte[]? ReadCheckpoint(NpgsqlConnection connection, NpgsqlTransaction? transaction) =>
        Scalar(connection, PostgreSqlLedgerSchema.ReadCheckpoint, transaction) as byte[];

    /// <summary>
    /// One write transaction: the ledger lock first, reads on the spot, inserts kept until <see cref="Commit"/>,
    /// which sends them, the checkpoint and <c>COMMIT</c> in one round trip.
    /// </summary>
    private sealed class WriteTransaction : ILedgerWriteTransaction
    {
        private readonly PostgreSqlLedgerStore _store;
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;
        private readonly List<StoredEntry> _inserts = [];
        private readonly Dictionary<SubjectPseudonym, ChainHead> _written = [];
        private readonly byte[]? _checkpointAtStart;
        private byte[]? _checkpoint;
        private bool _done;

        public WriteTransaction(PostgreSqlLedgerStore store, NpgsqlConnection connection)
        {
            _store = store;
            _connection = connection;
            try
            {
                // BEGIN, the ledger lock and the checkpoint in one round trip: every append reads the checkpoint
                // first, and the read (its own statement, so its own snapshot) comes after the lock is held.
                _transaction = connection.BeginTransaction();
                using var start = new NpgsqlBatch(connection, _transaction)
                {
                    BatchCommands = { new NpgsqlBatchCommand(PostgreSqlLedgerSchema.LockLedger), new NpgsqlBatchCommand(PostgreSqlLedgerSchema.ReadCheckpoint) },
                };
                using var results = start.ExecuteReader();
                results.NextResult();
                _checkpointAtStart = results.Read() ? results.GetValue(0) as byte[] : null;
            }
            catch
            {
                store.Drop(connection);
                throw;
            }
        }

        public string? ReadInfo(string key) => PostgreSqlLedgerStore.ReadInfo(_connection, _transaction, key);

        public void WriteInfo(string key, string value) =>
            Scalar(_connection, PostgreSqlLedgerSchema.WriteInfo, _transaction, Parameter("key", NpgsqlDbType.Text, key), Parameter("value", NpgsqlDbType.Text, value));

        public byte[]? ReadCheckpoint() => _checkpoint ?? _checkpointAtStart;

        public void WriteCheckpoint(byte[] checkpoint) => _checkpoint = checkpoint.ToArray();

        public ChainHead ReadHead(SubjectPseudonym subject)
        {
            if (_written.TryGetValue(subject, out var pending))
            {
                return pending;
            }

            using var read = new NpgsqlCommand(PostgreSqlLedgerSchema.ReadHead, _connection, _transaction);
            read.Parameters.Add(Parameter("subject", NpgsqlDbType.Bytea, subject.ToArray()));
            using var row = read.ExecuteReader();
            return row.Read() && row.GetValue(0) is long length && row.GetValue(1) is byte[] { Length: 32 } hash
                ? new ChainHead(length, ConsentHash.FromBytes(hash))
                : ChainHead.None;
        }

        public void Insert(StoredEntry entry)
        {
            _inserts.Add(entry);
            _written[entry.Subject] = new ChainHead(entry.Sequence, entry.Hash);
        }

        public void Commit()
        {
            using var batch = new NpgsqlBatch(_connection, _transaction);
            if (_inserts.Count > 0)
            {
                batch.BatchCommands.Add(Inserts());
            }

            if (_checkpoint is not null)
            {
                var write = new NpgsqlBatchCommand(PostgreSqlLedgerSchema.WriteCheckpoint);
                write.Parameters.Add(Parameter("value", NpgsqlDbType.Bytea, _checkpoint));
                batch.BatchCommands.Add(write);
            }

            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            try
            {
                batch.ExecuteNonQuery();
                _done = true;
            }
            catch
            {
                // The connection holds a failed (or unknown) transaction: start the next one on a fresh connection.
                _done = true;
                _store.Drop(_connection);
                throw;
            }
        }

        public void Dispose()
        {
            if (_done)
            {
                return;
            }

            _done = true;
            try
            {
                _transaction.Rollback();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                _store.Drop(_connection);
            }
        }

        private NpgsqlBatchCommand Inserts()
        {
            var count = _inserts.Count;
            var subject = new byte[count][];
            var sequence = new long[count];
            var position = new long[count];
            var kind = new string[count];
            var previous = new byte[count][];
            var hash = new byte[count][];
            var payload = new byte[count][];
            for (var i = 0; i < count; i++)
            {
                var entry = _inserts[i];
                subject[i] = entry.Subject.ToArray();
                sequence[i] = entry.Sequence;
                position[i] = entry.Position;
                kind[i] = entry.Kind;
                previous[i] = entry.PreviousHash.ToArray();
                hash[i] = entry.Hash.ToArray();
                payload[i] = entry.Payload.ToArray();
            }

            var insert = new NpgsqlBatchCommand(PostgreSqlLedgerSchema.InsertEntries);
            insert.Parameters.Add(Parameter("subject", NpgsqlDbType.Array | NpgsqlDbType.Bytea, subject));
            insert.Parameters.Add(Parameter("sequence", NpgsqlDbType.Array | NpgsqlDbType.Bigint, sequence));
            insert.Parameters.Add(Parameter("position", NpgsqlDbType.Array | NpgsqlDbType.Bigint, position));
            insert.Parameters.Add(Parameter("kind", NpgsqlDbType.Array | NpgsqlDbType.Text, kind));
            insert.Parameters.Add(Parameter("previous_hash", NpgsqlDbType.Array | NpgsqlDbType.Bytea, previous));
            insert.Parameters.Add(Parameter("hash", NpgsqlDbType.Array | NpgsqlDbType.Bytea, hash));
            insert.Parameters.Add(Parameter("payload", NpgsqlDbType.Array | NpgsqlDbType.Bytea, payload));
            return insert;
        }
    }

    /// <summary>A whole-ledger read: checkpoint, info and every row in one snapshot while others append.</summary>
    private sealed class Snapshot : ILedgerSnapshot
    {
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;

        public Snapshot(NpgsqlConnection connection)
        {
            _connection = connection;
            try
            {
                _transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
                Scalar(connection, "SET TRANSACTION READ ONLY", _transaction);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public byte[]? ReadCheckpoint() => PostgreSqlLedgerStore.ReadCheckpoint(_connection, _transaction);

        public string? ReadInfo(string key) => PostgreSqlLedgerStore.ReadInfo(_connection, _transaction, key);

        public IEnumerable<StoredEntry> ReadAll() => Read(new NpgsqlCommand(PostgreSqlLedgerSchema.ReadAll, _connection, _transaction));

        public IEnumerable<StoredEntry> ReadFrom(long position)
        {
            var command = new NpgsqlCommand(PostgreSqlLedgerSchema.ReadFrom, _connection, _transaction);
            command.Parameters.Add(Parameter("position", NpgsqlDbType.Bigint, position));
            return Read(command);
        }

        public void Dispose()
        {
            _transaction.Dispose();
            _connection.Dispose();
        }

        private static IEnumerable<StoredEntry> Read(NpgsqlCommand command)
        {
            using (command)
            {
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    yield return Entry(rows);
                }
            }
        }
    }

    private void Drop(NpgsqlConnection connection)
    {
        if (ReferenceEquals(_writer, connection))
        {
            _writer = null;
        }

        connection.Dispose();
    }
}
