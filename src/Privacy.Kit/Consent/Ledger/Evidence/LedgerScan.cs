namespace Privacy.Kit.Consent;

/// <summary>
/// One pass over every row of a ledger in position order: checks that positions run without gaps, checks every
/// person's chain, builds the Merkle tree, and compares the result with the sealed checkpoint and, when given, a
/// digest. Never throws on what it reads: every problem becomes part of <see cref="Verification"/>.
/// </summary>
internal sealed class LedgerScan(ChainKey key, LedgerDigest? digest, bool keepLeaves, SubjectPseudonym? subject)
{
    private const int MaxProblems = 20;
    private readonly Dictionary<SubjectPseudonym, ChainCheck> _chains = [];
    private readonly List<string> _problems = [];
    private readonly MerkleFrontier _frontier = new();
    private long _nextPosition;

    public List<Digest256> Leaves { get; } = [];

    public List<StoredEntry> SubjectRows { get; } = [];

    public long Size => _frontier.Size;

    public Digest256 Root { get; private set; }

    /// <summary>The root of the first <see cref="LedgerDigest.TreeSize"/> entries; null when the ledger has fewer.</summary>
    public Digest256? RootAt { get; private set; }

    public LedgerVerification Verification { get; private set; } = LedgerVerification.Failed("not scanned");

    public void Add(StoredEntry row)
    {
        if (row.Problem is null)
        {
            if (row.Position != _nextPosition)
            {
                Problem(row.Position > _nextPosition
                    ? $"entries at positions {_nextPosition} to {row.Position - 1} are missing (deleted)"
                    : $"the entry at position {row.Position} comes after position {_nextPosition - 1} (entries were reordered or duplicated)");
            }

            _nextPosition = row.Position + 1;
        }
        else
        {
            _nextPosition++;
        }

        var leaf = MerkleTree.Leaf(row.Hash, row.Payload.Span);
        _frontier.Append(leaf);
        if (keepLeaves)
        {
            Leaves.Add(leaf);
        }

        if (digest is not null && _frontier.Size == digest.TreeSize)
        {
            RootAt = _frontier.Root();
        }

        if (!_chains.TryGetValue(row.Subject, out var chain))
        {
            chain = new ChainCheck(row.Subject, key);
            _chains.Add(row.Subject, chain);
        }

        chain.Add(row);
        if (row.Subject == subject)
        {
            SubjectRows.Add(row);
        }
    }

    public void Finish(byte[]? checkpointBytes)
    {
        if (digest is { TreeSize: 0 })
        {
            RootAt = MerkleTree.Empty;
        }

        Root = _frontier.Root();
        var checkpoint = checkpointBytes is null ? null : LedgerCheckpoint.TryRead(checkpointBytes);
        if (checkpoint is null)
        {
            Problem("the ledger's checkpoint is missing or unreadable (it was edited or deleted)");
        }
        else if (!checkpoint.IsSealedBy(key))
        {
            Problem("the ledger's checkpoint is not sealed with the ledger's key (it was edited or rewritten without the key)");
        }
        else if (checkpoint.Size > Size)
        {
            Problem($"the ledger's checkpoint records {checkpoint.Size} entries but {Size} are present (entries at the end were deleted)");
        }
        else if (checkpoint.Size < Size)
        {
            Problem($"{Size - checkpoint.Size} entries are present that the ledger's checkpoint does not cover (rows were inserted outside the ledger)");
        }
        else if (!checkpoint.Frontier.Root().Equals(Root))
        {
            Problem("the entries do not match the Merkle root the ledger's checkpoint holds (entries were edited, reordered or replaced)");
        }

        if (digest is not null)
        {
            if (digest.TreeSize > Size)
            {
                Problem($"the digest of {digest.CreatedAt:O} covers {digest.TreeSize} entries but the ledger holds {Size} (entries were deleted or an older copy of the ledger was restored)");
            }
            else if (RootAt is not { } root || !root.Equals(digest.Root))
            {
                Problem($"the first {digest.TreeSize} entries are not the ones the digest of {digest.CreatedAt:O} covers (entries were edited, reordered, deleted or replaced)");
            }
        }

        var broken = new List<ChainVerification>();
        foreach (var chain in _chains.Values)
        {
            if (chain.IsBroken)
            {
                broken.Add(chain.Result());
            }
        }

        Verification = new LedgerVerification(_chains.Count, Size, broken, _problems);
    }

    private void Problem(string problem)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(problem);
        }
    }
}
