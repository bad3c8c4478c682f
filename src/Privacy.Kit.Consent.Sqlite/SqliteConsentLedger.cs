using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// A consent ledger in one SQLite file (write-ahead log). Appends from many threads are grouped into one
/// transaction each time the writer is free (group commit), and an append returns only after the transaction that
/// holds it committed: an acknowledged append survives a crash of the process (and, with the default
/// <see cref="SqliteDurability.PowerLoss"/>, of the machine). Several processes may append to the same file: each
/// transaction takes SQLite's write lock first and reads the chain heads inside it. The file remembers the
/// pseudonymization key's fingerprint and refuses another key.
/// </summary>
public sealed class SqliteConsentLedger : IConsentLedger, IDisposable
{
    private const string ContactDecisionKind = "contact-decision";

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _readHead;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _upsert;
    private readonly object _writeGate = new();
    private readonly object _queueGate = new();
    private readonly ConcurrentBag<LedgerReader> _readers = [];
    private List<PendingAppend> _queue = [];
    private bool _committing;
    private bool _disposed;
    private long _transactions;

    private SqliteConsentLedger(string connectionString, TimeProvider timeProvider, SqliteConnection writer)
    {
        _connectionString = connectionString;
        _timeProvider = timeProvider;
        _writer = writer;

        // Prepared once: the writer runs the same three statements for every append.
        _readHead = Prepared(writer, SqliteLedgerSchema.ReadHead, "$subject");
        _insert = Prepared(writer, SqliteLedgerSchema.InsertEntry, "$subject", "$sequence", "$kind", "$previous_hash", "$hash", "$payload");
        _upsert = Prepared(writer, SqliteLedgerSchema.UpsertHead, "$subject", "$length", "$head");
    }

    /// <summary>Opens (or creates) a ledger file.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="pseudonymizer">The pseudonymizer whose key the ledger's pseudonyms were (or will be) made with.</param>
    /// <param name="options">How to open it; the defaults when null.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist and <see cref="SqliteConsentLedgerOptions.CreateIfMissing"/> is false.</exception>
    /// <exception cref="InvalidOperationException">The file was created with another key, or is not a consent ledger of a known format.</exception>
    public static SqliteConsentLedger Open(string path, SubjectPseudonymizer pseudonymizer, SqliteConsentLedgerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        options ??= new SqliteConsentLedgerOptions();
        if (!options.CreateIfMissing && !File.Exists(path))
        {
            throw new FileNotFoundException($"The consent ledger '{path}' does not exist.", path);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),

            // The ledger keeps its own connections open; SQLite's pool would hold the file after Dispose.
            Pooling = false,
        }.ToString();

        var busyMilliseconds = (int)options.BusyTimeout.TotalMilliseconds;
        var writer = Connect(connectionString, busyMilliseconds);
        try
        {
            Execute(writer, "PRAGMA journal_mode = WAL;");
            Execute(writer, options.Durability == SqliteDurability.PowerLoss ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");

            // 64 MB of page cache for the writer: appends land all over the subject index of a large ledger.
            Execute(writer, "PRAGMA cache_size = -65536;");
            using (var transaction = writer.BeginTransaction())
            {
                Execute(writer, SqliteLedgerSchema.Create);
                Claim(writer, "format", SqliteLedgerSchema.FormatVersion, "is a consent ledger of format {0}; this version reads format {1}");
                Claim(writer, "key-fingerprint", pseudonymizer.KeyFingerprint,
                    "was created with another pseudonymization key (fingerprint {0}, not {1}); open it with the key it was created with");
                transaction.Commit();
            }

            return new SqliteConsentLedger(connectionString, options.TimeProvider ?? TimeProvider.System, writer);
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        void Claim(SqliteConnection connection, string key, string value, string mismatch)
        {
            using var read = Command(connection, "SELECT value FROM ledger_info WHERE key = $key", ("$key", key));
            if (read.ExecuteScalar() is string stored)
            {
                if (!string.Equals(stored, value, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The consent ledger '{path}' " + string.Format(CultureInfo.InvariantCulture, mismatch, stored, value) + ".");
                }

                return;
            }

            using var insert = Command(connection, "INSERT INTO ledger_info (key, value) VALUES ($key, $value)", ("$key", key), ("$value", value));
            insert.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public ConsentRecord Append(SubjectPseudonym subject, ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        var pending = new PendingAppend(subject, consentEvent);
        List<PendingAppend> batch;
        lock (_queueGate)
        {
            _queue.Add(pending);

            // While another append commits, wait (blocked, not spinning: on two cores a spinning waiter kept the
            // other writers from even queueing, and every batch held one append). When it is done, the first waiter
            // to wake whose entry is still queued commits everything that arrived meanwhile, in one transaction.
            while (_committing && !pending.IsDone)
            {
                Monitor.Wait(_queueGate);
            }

            if (pending.IsDone)
            {
                return pending.Outcome();
            }

            _committing = true;
            (batch, _queue) = (_queue, []);
        }

        try
        {
            lock (_writeGate)
            {
                if (_disposed)
                {
                    var disposed = new ObjectDisposedException(GetType().FullName);
                    foreach (var waiting in batch)
                    {
                        waiting.Fail(disposed);
                    }
                }
                else
                {
                    Commit(batch);
                }
            }
        }
        finally
        {
            lock (_queueGate)
            {
                _committing = false;
                Monitor.PulseAll(_queueGate);
            }
        }

        return pending.Outcome();
    }

    /// <summary>How many write transactions this instance committed: fewer than its appends when writers shared them.</summary>
    internal long CommittedTransactions => Interlocked.Read(ref _transactions);

    /// <summary>Whether an append is committing a batch right now.</summary>
    internal bool IsCommitting
    {
        get
        {
            lock (_queueGate)
            {
                return _committing;
            }
        }
    }

    /// <summary>How many appends wait for the next batch.</summary>
    internal int QueuedAppends
    {
        get
        {
            lock (_queueGate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>
    /// Appends many events in one transaction, for importing an existing consent register. Either all valid
    /// events are stored or, when the transaction fails, none.
    /// </summary>
    /// <param name="events">The subjects and events, in the order to append them.</param>
    /// <returns>The stored entries, in the same order.</returns>
    /// <exception cref="ArgumentException">An event is incomplete or inconsistent; the valid ones are still stored.</exception>
    public IReadOnlyList<ConsentRecord> AppendBatch(IReadOnlyList<(SubjectPseudonym Subject, ConsentEvent Event)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var batch = new List<PendingAppend>(events.Count);
        foreach (var (subject, consentEvent) in events)
        {
            batch.Add(new PendingAppend(subject, consentEvent ?? throw new ArgumentException("An event is null.", nameof(events))));
        }

        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Commit(batch);
        }

        var records = new ConsentRecord[batch.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = batch[i].Outcome();
        }

        return records;
    }

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject) => Read(subject, SqliteLedgerSchema.ReadChain);

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadHistory(SubjectPseudonym subject) => Read(subject, SqliteLedgerSchema.ReadHistory);

    /// <inheritdoc />
    public ChainVerification Verify(SubjectPseudonym subject)
    {
        var reader = Rent();
        try
        {
            var (length, head) = ReadHead(reader.Query(SqliteLedgerSchema.ReadHead, subject));
            return Verify(reader.Connection, subject, length, head);
        }
        finally
        {
            Return(reader);
        }
    }

    /// <inheritdoc />
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
                    var result = Verify(reader.Connection, subject, rows.GetInt64(1), ConsentHash.FromBytes((byte[])rows.GetValue(2)));
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
                broken.Add(Verify(reader.Connection, subject, 0, ConsentHash.Genesis));
            }
        }
        finally
        {
            Return(reader);
        }

        return new LedgerVerification(subjects, entries, broken);
    }

    /// <summary>Closes the file. Appends in progress finish first.</summary>
    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _readHead.Dispose();
            _insert.Dispose();
            _upsert.Dispose();
            _writer.Dispose();
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private static ChainVerification Verify(SqliteConnection connection, SubjectPseudonym subject, long length, ConsentHash head)
    {
        var records = new List<ConsentRecord>();
        using var command = Command(connection, SqliteLedgerSchema.ReadChain, ("$subject", subject.ToArray()));
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            try
            {
                records.Add(Restore(rows));
            }
            catch (FormatException e)
            {
                return new ChainVerification(subject, records.Count, records.Count == 0 ? ConsentHash.Genesis : records[^1].Hash, records.Count + 1L, "the entry cannot be read (it was edited): " + e.Message);
            }
        }

        return ConsentChain.Verify(subject, records, length, head);
    }

    private void Commit(List<PendingAppend> batch)
    {
        var recordedAt = _timeProvider.GetUtcNow();
        var heads = new Dictionary<SubjectPseudonym, (long Length, ConsentHash Head)>();
        var stored = new List<(PendingAppend Pending, ConsentRecord Record)>(batch.Count);
        try
        {
            using var transaction = _writer.BeginTransaction();
            _readHead.Transaction = _insert.Transaction = _upsert.Transaction = transaction;
            foreach (var pending in batch)
            {
                if (!heads.TryGetValue(pending.Subject, out var head))
                {
                    head = ReadHead(_readHead, pending.Subject);
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

    private static (long Length, ConsentHash Head) ReadHead(SqliteCommand readHead, SubjectPseudonym subject)
    {
        readHead.Parameters[0].Value = subject.ToArray();
        return ReadHead(readHead);
    }

    private static (long Length, ConsentHash Head) ReadHead(SqliteCommand readHead)
    {
        using var row = readHead.ExecuteReader();
        return row.Read() ? (row.GetInt64(0), ConsentHash.FromBytes((byte[])row.GetValue(1))) : (0, ConsentHash.Genesis);
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private ConsentRecord[] Read(SubjectPseudonym subject, string sql)
    {
        var reader = Rent();
        try
        {
            using var rows = reader.Query(sql, subject).ExecuteReader();
            var records = new List<ConsentRecord>();
            while (rows.Read())
            {
                records.Add(Restore(rows));
            }

            return [.. records];
        }
        finally
        {
            Return(reader);
        }
    }

    private static ConsentRecord Restore(SqliteDataReader row) => ConsentRecord.Restore(
        (byte[])row.GetValue(0), ConsentHash.FromBytes((byte[])row.GetValue(1)), ConsentHash.FromBytes((byte[])row.GetValue(2)));

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

    private static SqliteConnection Connect(string connectionString, int busyMilliseconds)
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
