using System.Threading.Channels;

namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// Group commit: appends queue up while one transaction commits; the committer then stores everything that arrived
/// meanwhile in the next transaction. Each append completes only after the transaction that holds it committed.
/// A few committers, each on its own connection, take turns with the queue, so that one batch is built and sent
/// while another waits for its commit to reach the disk (PostgreSQL flushes concurrent commits together). Batches
/// of one instance, and of other instances (processes, machines), are serialized per chain by the database's
/// locks, not here.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>();
    private readonly Func<IReadOnlyList<PendingAppend>, int, CancellationToken, Task> _commit;
    private readonly int _maxBatch;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _committers;
    private long _transactions;

    /// <param name="maxBatch">The most appends one transaction stores.</param>
    /// <param name="committers">How many transactions may be in flight at once.</param>
    /// <param name="commit">Stores a batch in one transaction, with the committer's number (0 to <paramref name="committers"/> - 1).</param>
    public GroupCommit(int maxBatch, int committers, Func<IReadOnlyList<PendingAppend>, int, CancellationToken, Task> commit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(committers, 1);
        _maxBatch = maxBatch;
        _commit = commit;
        _committers = new Task[committers];
        for (var i = 0; i < committers; i++)
        {
            var committer = i;
            _committers[i] = Task.Run(() => CommitLoopAsync(committer));
        }
    }

    /// <summary>How many transactions this instance committed (fewer than its appends when they shared them).</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    public Task<ConsentRecord> Enqueue(SubjectPseudonym subject, ConsentEvent consentEvent)
    {
        var pending = new PendingAppend(subject, consentEvent);
        return _queue.Writer.TryWrite(pending) ? pending.Completion.Task : Task.FromException<ConsentRecord>(new ObjectDisposedException(nameof(PostgreSqlConsentLedger)));
    }

    /// <summary>Stops taking appends, commits the ones already queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_committers).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task CommitLoopAsync(int committer)
    {
        var batch = new List<PendingAppend>(_maxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await _commit(batch, committer, _stopping.Token).ConfigureAwait(false);
                Interlocked.Increment(ref _transactions);
            }
            catch (Exception e)
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(e);
                }
            }
        }
    }
}
