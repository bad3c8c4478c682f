namespace Privacy.Kit.Consent;

/// <summary>
/// Groups appends from many threads into one transaction each time the writer is free: an append waits while
/// another commits, and the first waiter to wake whose entry is still queued commits everything that arrived
/// meanwhile. An append returns only after the transaction that holds it committed.
/// </summary>
internal sealed class GroupCommit(Action<List<PendingAppend>> commit)
{
    private readonly object _queueGate = new();
    private List<PendingAppend> _queue = [];
    private bool _committing;

    /// <summary>Whether an append is committing a batch right now.</summary>
    public bool IsCommitting
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
    public int QueuedAppends
    {
        get
        {
            lock (_queueGate)
            {
                return _queue.Count;
            }
        }
    }

    public ConsentRecord Append(PendingAppend pending)
    {
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
            commit(batch);
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
}
