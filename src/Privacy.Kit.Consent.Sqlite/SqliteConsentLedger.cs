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
    private readonly SqliteBatchWriter _writer;
    private readonly SqliteReaderPool _readers;
    private readonly GroupCommit _groupCommit;
    private readonly object _writeGate = new();
    private bool _disposed;

    private SqliteConsentLedger(SqliteBatchWriter writer, SqliteReaderPool readers)
    {
        _writer = writer;
        _readers = readers;
        _groupCommit = new GroupCommit(CommitUnlessDisposed);
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

        var connectionString = SqliteLedgerFile.ConnectionString(path, options);
        var connection = SqliteLedgerFile.OpenWriter(path, connectionString, pseudonymizer, options);
        return new SqliteConsentLedger(new SqliteBatchWriter(connection, options.TimeProvider ?? TimeProvider.System), new SqliteReaderPool(connectionString));
    }

    /// <inheritdoc />
    public ConsentRecord Append(SubjectPseudonym subject, ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        return _groupCommit.Append(new PendingAppend(subject, consentEvent));
    }

    /// <summary>How many write transactions this instance committed: fewer than its appends when writers shared them.</summary>
    internal long CommittedTransactions => _writer.CommittedTransactions;

    /// <summary>Whether an append is committing a batch right now.</summary>
    internal bool IsCommitting => _groupCommit.IsCommitting;

    /// <summary>How many appends wait for the next batch.</summary>
    internal int QueuedAppends => _groupCommit.QueuedAppends;

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
            _writer.Commit(batch);
        }

        var records = new ConsentRecord[batch.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = batch[i].Outcome();
        }

        return records;
    }

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadChain(SubjectPseudonym subject) => _readers.Read(subject, SqliteLedgerSchema.ReadChain);

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> ReadHistory(SubjectPseudonym subject) => _readers.Read(subject, SqliteLedgerSchema.ReadHistory);

    /// <inheritdoc />
    public ChainVerification Verify(SubjectPseudonym subject) => _readers.Verify(subject);

    /// <inheritdoc />
    public LedgerVerification VerifyAll() => _readers.VerifyAll();

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
            _writer.Dispose();
        }

        _readers.Dispose();
    }

    private void CommitUnlessDisposed(List<PendingAppend> batch)
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
                _writer.Commit(batch);
            }
        }
    }
}
