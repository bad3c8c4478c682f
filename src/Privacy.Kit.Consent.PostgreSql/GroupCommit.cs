using System.Threading.Channels;

namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// Group commit: appends queue up while one transaction commits; the committer then stores everything that arrived
/// meanwhile in the next transaction. Each append completes only after the transaction that holds it committed.
/// One committer per ledger instance; other instances (processes, machines) are serialized per chain by the
/// database's locks, not here.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<PendingAppend>, CancellationToken, Task> _commit;
    private readonly int _maxBatch;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _committer;
    private long _transactions;

    public GroupCommit(int maxBatch, Func<IReadOnlyList<PendingAppend>, CancellationToken, Task> commit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _maxBatch = maxBatch;
        _commit = commit;
        _committer = Task.Run(CommitLoopAsync);
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
        await _committer.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task CommitLoopAsync()
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
                await _commit(batch, _stopping.Token).ConfigureAwait(false);
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
