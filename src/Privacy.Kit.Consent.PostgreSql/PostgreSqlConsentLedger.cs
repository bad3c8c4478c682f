using System.Buffers.Binary;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// A consent ledger in a PostgreSQL database, for many service nodes on one database. Appends from many threads
/// are grouped into one transaction while the previous one commits (group commit), and an append returns only after
/// the transaction that holds it committed. Any number of processes and machines may append at once: each
/// transaction takes a transaction-scoped advisory lock per chain (in ascending order) before it reads the chain
/// heads, so every chain stays one line, and the primary key (subject, sequence) refuses a fork outright. Triggers
/// refuse updates and deletes of entries. The database remembers the pseudonymization key's fingerprint and refuses
/// another key.
/// </summary>
public sealed class PostgreSqlConsentLedger : IConsentLedger, IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;
    private readonly GroupCommit _groupCommit;
    private NpgsqlConnection? _writer;
    private int _disposed;

    private PostgreSqlConsentLedger(NpgsqlDataSource dataSource, TimeProvider timeProvider, int maxBatch)
    {
        _dataSource = dataSource;
        _timeProvider = timeProvider;
        _groupCommit = new GroupCommit(maxBatch, CommitAsync);
    }

    /// <summary>How many write transactions this instance committed: fewer than its appends when writers shared them.</summary>
    internal long CommittedTransactions => _groupCommit.Transactions;

    /// <summary>Opens a ledger in a PostgreSQL database, creating its schema when missing.</summary>
    /// <param name="location">An Npgsql connection string or a <c>postgresql://</c> URI (see <see cref="PostgreSqlLocation"/>).</param>
    /// <param name="pseudonymizer">The pseudonymizer whose key the ledger's pseudonyms were (or will be) made with.</param>
    /// <param name="options">How to open it; the defaults when null.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="FormatException">The location cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The database holds a ledger made with another key or of an unknown format, or has no ledger and creation is off.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached.</exception>
    public static PostgreSqlConsentLedger Open(string location, SubjectPseudonymizer pseudonymizer, PostgreSqlConsentLedgerOptions? options = null) =>
        OpenAsync(location, pseudonymizer, options).GetAwaiter().GetResult();

    /// <inheritdoc cref="Open" />
    /// <param name="location">An Npgsql connection string or a <c>postgresql://</c> URI.</param>
    /// <param name="pseudonymizer">The pseudonymizer whose key the ledger's pseudonyms were (or will be) made with.</param>
    /// <param name="options">How to open it; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<PostgreSqlConsentLedger> OpenAsync(string location, SubjectPseudonymizer pseudonymizer, PostgreSqlConsentLedgerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        options ??= new PostgreSqlConsentLedgerOptions();
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlLocation.ToConnectionString(location));
        if (builder.MaxAutoPrepare == 0)
        {
            // The same handful of statements run for every append and read: prepare them once per connection.
            builder.MaxAutoPrepare = 16;
        }

        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
            {
                if (options.CreateIfMissing)
                {
                    await using var create = new NpgsqlCommand(PostgreSqlLedgerSchema.Create, connection, transaction);
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else if (!await HasSchemaAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"The database '{builder.Database}' on {builder.Host} holds no consent ledger.");
                }

                await ClaimAsync(connection, transaction, "format", PostgreSqlLedgerSchema.FormatVersion, "is a consent ledger of format {0}; this version reads format {1}", builder, cancellationToken).ConfigureAwait(false);
                await ClaimAsync(connection, transaction, "key-fingerprint", pseudonymizer.KeyFingerprint,
                    "was created with another pseudonymization key (fingerprint {0}, not {1}); open it with the key it was created with", builder, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new PostgreSqlConsentLedger(dataSource, options.TimeProvider ?? TimeProvider.System, options.MaxBatch);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public ConsentRecord Append(SubjectPseudonym subject, ConsentEvent consentEvent) => AppendAsync(subject, consentEvent).GetAwaiter().GetResult();

    /// <summary>Appends an event to the end of a person's chain; completes once the transaction holding it committed.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The stored entry with its sequence and hashes.</returns>
    /// <exception cref="ArgumentException">The event is incomplete or inconsistent; nothing is stored.</exception>
    public Task<ConsentRecord> AppendAsync(SubjectPseudonym subject, ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _groupCommit.Enqueue(subject, consentEvent);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject) => ReadChainAsync(subject).GetAwaiter().GetResult();

    /// <summary>Every entry of a person, decisions included, in chain order.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries; empty for an unknown person.</returns>
    public Task<IReadOnlyList<ConsentRecord>> ReadChainAsync(SubjectPseudonym subject, CancellationToken cancellationToken = default) =>
        ReadAsync(subject, PostgreSqlLedgerSchema.ReadChain, cancellationToken);

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadHistory(SubjectPseudonym subject) => ReadHistoryAsync(subject).GetAwaiter().GetResult();

    /// <summary>The entries that make up a person's consent state (everything but decisions), in chain order.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries; empty for an unknown person.</returns>
    public Task<IReadOnlyList<ConsentRecord>> ReadHistoryAsync(SubjectPseudonym subject, CancellationToken cancellationToken = default) =>
        ReadAsync(subject, PostgreSqlLedgerSchema.ReadHistory, cancellationToken);

    /// <inheritdoc />
    public ChainVerification Verify(SubjectPseudonym subject) => VerifyAsync(subject).GetAwaiter().GetResult();

    /// <summary>Checks one person's chain against the head the ledger recorded.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Where the chain breaks, if it does.</returns>
    public async Task<ChainVerification> VerifyAsync(SubjectPseudonym subject, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        long length = 0;
        var head = ConsentHash.Genesis;
        await using (var read = Command(connection, PostgreSqlLedgerSchema.ReadHead, ("subject", subject.ToArray())))
        await using (var row = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await row.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                length = row.GetInt64(0);
                head = ConsentHash.FromBytes(row.GetFieldValue<byte[]>(1));
            }
        }

        var chain = new ChainReader(subject);
        await using (var read = Command(connection, PostgreSqlLedgerSchema.ReadChain, ("subject", subject.ToArray())))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                chain.Add(rows.GetFieldValue<byte[]>(0), rows.GetFieldValue<byte[]>(1), rows.GetFieldValue<byte[]>(2));
            }
        }

        return chain.Verify(length, head);
    }

    /// <inheritdoc />
    public LedgerVerification VerifyAll() => VerifyAllAsync().GetAwaiter().GetResult();

    /// <summary>Checks every chain in the ledger, in one consistent snapshot while others append.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The broken chains, if any.</returns>
    public async Task<LedgerVerification> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var heads = new Dictionary<SubjectPseudonym, (long Length, ConsentHash Head)>();
        await using (var read = Command(connection, PostgreSqlLedgerSchema.AllHeads))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                heads[SubjectPseudonym.FromBytes(rows.GetFieldValue<byte[]>(0))] = (rows.GetInt64(1), ConsentHash.FromBytes(rows.GetFieldValue<byte[]>(2)));
            }
        }

        var broken = new List<ChainVerification>();
        long subjects = 0, entries = 0;
        var seen = new HashSet<SubjectPseudonym>();
        ChainReader? chain = null;
        void Finish(ChainReader finished)
        {
            var (length, head) = heads.TryGetValue(finished.Subject, out var recorded) ? recorded : (0L, ConsentHash.Genesis);
            var result = finished.Verify(length, head);
            subjects++;
            entries += result.Length;
            if (!result.IsIntact)
            {
                broken.Add(result);
            }
        }

        await using (var read = Command(connection, PostgreSqlLedgerSchema.AllEntries))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var subject = SubjectPseudonym.FromBytes(rows.GetFieldValue<byte[]>(0));
                if (chain is null || chain.Subject != subject)
                {
                    if (chain is not null)
                    {
                        Finish(chain);
                    }

                    chain = new ChainReader(subject);
                    seen.Add(subject);
                }

                chain.Add(rows.GetFieldValue<byte[]>(1), rows.GetFieldValue<byte[]>(2), rows.GetFieldValue<byte[]>(3));
            }
        }

        if (chain is not null)
        {
            Finish(chain);
        }

        // Heads whose entries are all gone (a person's whole history deleted) are broken chains too.
        foreach (var subject in heads.Keys)
        {
            if (!seen.Contains(subject))
            {
                Finish(new ChainReader(subject));
            }
        }

        return new LedgerVerification(subjects, entries, broken);
    }

    /// <summary>Whether the database answers: a round trip on a pooled connection.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>True when it answered.</returns>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var ping = Command(connection, "SELECT 1");
        return await ping.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is 1;
    }

    /// <summary>Commits the appends already queued, then closes the connections.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc cref="Dispose" />
    /// <returns>A task that completes when the ledger is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _groupCommit.DisposeAsync().ConfigureAwait(false);
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    private async Task CommitAsync(IReadOnlyList<PendingAppend> batch, CancellationToken cancellationToken)
    {
        var recordedAt = _timeProvider.GetUtcNow();
        var subjects = new SortedDictionary<long, List<SubjectPseudonym>>();
        var distinct = new HashSet<SubjectPseudonym>();
        foreach (var pending in batch)
        {
            if (distinct.Add(pending.Subject))
            {
                var key = LockKey(pending.Subject);
                if (!subjects.TryGetValue(key, out var sharing))
                {
                    subjects.Add(key, sharing = []);
                }

                sharing.Add(pending.Subject);
            }
        }

        var writer = _writer;
        if (writer is null || writer.FullState != System.Data.ConnectionState.Open)
        {
            if (writer is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }

            _writer = writer = null;
            writer = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            _writer = writer;
        }

        var stored = new List<(PendingAppend Pending, ConsentRecord Record)>(batch.Count);
        try
        {
            await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var heads = new Dictionary<SubjectPseudonym, (long Length, ConsentHash Head)>();
            await using (var lockAndRead = new NpgsqlBatch(writer, transaction))
            {
                var keys = new long[subjects.Count];
                subjects.Keys.CopyTo(keys, 0);
                var subjectBytes = new byte[distinct.Count][];
                var i = 0;
                foreach (var subject in distinct)
                {
                    subjectBytes[i++] = subject.ToArray();
                }

                lockAndRead.BatchCommands.Add(BatchCommand(PostgreSqlLedgerSchema.LockSubjects, new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = keys }));
                lockAndRead.BatchCommands.Add(BatchCommand(PostgreSqlLedgerSchema.ReadHeads, new NpgsqlParameter<byte[][]>("subjects", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = subjectBytes }));
                await using var rows = await lockAndRead.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await rows.NextResultAsync(cancellationToken).ConfigureAwait(false);
                while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    heads[SubjectPseudonym.FromBytes(rows.GetFieldValue<byte[]>(0))] = (rows.GetInt64(1), ConsentHash.FromBytes(rows.GetFieldValue<byte[]>(2)));
                }
            }

            foreach (var pending in batch)
            {
                var head = heads.TryGetValue(pending.Subject, out var found) ? found : (0L, ConsentHash.Genesis);
                ConsentRecord record;
                try
                {
                    record = ConsentRecord.Create(pending.Subject, head.Item1 + 1, head.Item2, pending.Event, recordedAt);
                }
                catch (ArgumentException invalid)
                {
                    // An invalid event fails alone; the others in the batch are still stored.
                    pending.Completion.TrySetException(invalid);
                    continue;
                }

                heads[pending.Subject] = (record.Sequence, record.Hash);
                stored.Add((pending, record));
            }

            if (stored.Count > 0)
            {
                await using var write = new NpgsqlBatch(writer, transaction);
                write.BatchCommands.Add(InsertEntries(stored));
                write.BatchCommands.Add(UpsertHeads(heads, distinct));
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The connection may be broken mid-transaction: start the next batch on a fresh one.
            _writer = null;
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        foreach (var (pending, record) in stored)
        {
            pending.Completion.TrySetResult(record);
        }
    }

    private static NpgsqlBatchCommand InsertEntries(List<(PendingAppend Pending, ConsentRecord Record)> stored)
    {
        var subject = new byte[stored.Count][];
        var sequence = new long[stored.Count];
        var kind = new string[stored.Count];
        var previous = new byte[stored.Count][];
        var hash = new byte[stored.Count][];
        var payload = new byte[stored.Count][];
        for (var i = 0; i < stored.Count; i++)
        {
            var record = stored[i].Record;
            subject[i] = record.Subject.ToArray();
            sequence[i] = record.Sequence;
            kind[i] = record.Event.Kind;
            previous[i] = record.PreviousHash.ToArray();
            hash[i] = record.Hash.ToArray();
            payload[i] = record.Payload.ToArray();
        }

        return BatchCommand(PostgreSqlLedgerSchema.InsertEntries,
            Bytes("subject", subject),
            new NpgsqlParameter<long[]>("sequence", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = sequence },
            new NpgsqlParameter<string[]>("kind", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = kind },
            Bytes("previous_hash", previous),
            Bytes("hash", hash),
            Bytes("payload", payload));
    }

    private static NpgsqlBatchCommand UpsertHeads(Dictionary<SubjectPseudonym, (long Length, ConsentHash Head)> heads, HashSet<SubjectPseudonym> written)
    {
        var subject = new List<byte[]>(written.Count);
        var length = new List<long>(written.Count);
        var head = new List<byte[]>(written.Count);
        foreach (var pseudonym in written)
        {
            var (l, h) = heads.TryGetValue(pseudonym, out var found) ? found : (0L, ConsentHash.Genesis);
            if (l == 0)
            {
                continue;
            }

            subject.Add(pseudonym.ToArray());
            length.Add(l);
            head.Add(h.ToArray());
        }

        return BatchCommand(PostgreSqlLedgerSchema.UpsertHeads,
            Bytes("subject", [.. subject]),
            new NpgsqlParameter<long[]>("length", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. length] },
            Bytes("head", [.. head]));
    }

    private static NpgsqlParameter<byte[][]> Bytes(string name, byte[][] values) => new(name, NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = values };

    /// <summary>The advisory lock of a chain: the pseudonym's first 8 bytes (already uniformly random, being an HMAC).</summary>
    private static long LockKey(SubjectPseudonym subject)
    {
        Span<byte> bytes = stackalloc byte[32];
        subject.CopyTo(bytes);
        return BinaryPrimitives.ReadInt64BigEndian(bytes);
    }

    private async Task<IReadOnlyList<ConsentRecord>> ReadAsync(SubjectPseudonym subject, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var read = Command(connection, sql, ("subject", subject.ToArray()));
        await using var rows = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<ConsentRecord>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(ConsentRecord.Restore(rows.GetFieldValue<byte[]>(0), ConsentHash.FromBytes(rows.GetFieldValue<byte[]>(1)), ConsentHash.FromBytes(rows.GetFieldValue<byte[]>(2))));
        }

        return records;
    }

    private ValueTask<NpgsqlConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _dataSource.OpenConnectionAsync(cancellationToken);
    }

    private static async Task<bool> HasSchemaAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var probe = new NpgsqlCommand("SELECT to_regclass('privacy_kit.ledger_info') IS NOT NULL", connection, transaction);
        return await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    private static async Task ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, string value, string mismatch, NpgsqlConnectionStringBuilder where, CancellationToken cancellationToken)
    {
        await using (var insert = new NpgsqlCommand(PostgreSqlLedgerSchema.InsertInfo, connection, transaction))
        {
            insert.Parameters.AddWithValue("key", key);
            insert.Parameters.AddWithValue("value", value);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var read = new NpgsqlCommand(PostgreSqlLedgerSchema.ReadInfo, connection, transaction);
        read.Parameters.AddWithValue("key", key);
        var stored = (string?)await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(stored, value, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The consent ledger in database '{where.Database}' on {where.Host} " + string.Format(CultureInfo.InvariantCulture, mismatch, stored, value) + ".");
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
