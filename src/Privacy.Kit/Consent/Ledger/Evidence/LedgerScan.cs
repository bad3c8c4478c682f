namespace Privacy.Kit.Consent;

/// <summary>
/// A pass over the rows of a ledger in position order: checks that positions run without gaps, checks every
/// person's chain, builds the Merkle tree, and (<see cref="Finish"/>) compares the result with the sealed checkpoint
/// and, when given, a digest. A scan can be continued with the rows appended since (a proof does, so that it reads
/// only what is new) and finished again. Never throws on what it reads: every problem becomes part of the
/// verification.
/// </summary>
internal sealed class LedgerScan
{
    private const int MaxProblems = 20;
    private readonly ChainKey _key;
    private readonly long? _rootAtSize;
    private readonly Dictionary<SubjectPseudonym, ChainCheck> _chains = [];
    private readonly List<ChainCheck> _broken = [];
    private readonly List<string> _problems = [];
    private readonly MerkleFrontier _frontier = new();
    private long _nextPosition;
    private Digest256? _rootAt;

    /// <summary>Initializes a new scan.</summary>
    /// <param name="key">The ledger's integrity key.</param>
    /// <param name="rootAtSize">The tree size of a digest to compare with (its root is kept on the way); null for none.</param>
    /// <param name="keepNodes">Whether to keep every node of the tree, for inclusion proofs.</param>
    public LedgerScan(ChainKey key, long? rootAtSize, bool keepNodes)
    {
        _key = key;
        _rootAtSize = rootAtSize;
        Nodes = keepNodes ? new MerkleNodes() : null;
    }

    /// <summary>Every node of the tree when the scan keeps them; null otherwise.</summary>
    public MerkleNodes? Nodes { get; }

    public long Size => _frontier.Size;

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
        Nodes?.Append(leaf);
        if (_frontier.Size == _rootAtSize)
        {
            _rootAt = _frontier.Root();
        }

        if (!_chains.TryGetValue(row.Subject, out var chain))
        {
            chain = new ChainCheck(row.Subject, _key);
            _chains.Add(row.Subject, chain);
        }

        if (!chain.IsBroken)
        {
            chain.Add(row);
            if (chain.IsBroken)
            {
                _broken.Add(chain);
            }
        }
    }

    /// <summary>How many entries of the person were scanned (the chain is intact while the verification is).</summary>
    public long ChainLength(SubjectPseudonym subject) => _chains.TryGetValue(subject, out var chain) ? chain.Length : 0;

    /// <summary>The root of the whole tree scanned so far.</summary>
    public Digest256 Root() => _frontier.Root();

    /// <summary>The root of the first <paramref name="size"/> entries; null when fewer were scanned (or the nodes were not kept and the scan was not told the size).</summary>
    public Digest256? RootAt(long size) =>
        size > Size ? null
        : size == 0 ? MerkleTree.Empty
        : Nodes is not null ? Nodes.Root(size)
        : size == _rootAtSize ? _rootAt
        : null;

    /// <summary>What is wrong with the rows scanned so far, the checkpoint and the digest; the scan can go on afterwards.</summary>
    /// <param name="checkpointBytes">The checkpoint of the same snapshot as the rows.</param>
    /// <param name="digest">A digest to compare with; null for none.</param>
    public LedgerVerification Finish(byte[]? checkpointBytes, LedgerDigest? digest)
    {
        var problems = new List<string>(_problems);
        void Report(string problem)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(problem);
            }
        }

        var root = Root();
        var checkpoint = checkpointBytes is null ? null : LedgerCheckpoint.TryRead(checkpointBytes);
        if (checkpoint is null)
        {
            Report("the ledger's checkpoint is missing or unreadable (it was edited or deleted)");
        }
        else if (!checkpoint.IsSealedBy(_key))
        {
            Report("the ledger's checkpoint is not sealed with the ledger's key (it was edited or rewritten without the key)");
        }
        else if (checkpoint.Size > Size)
        {
            Report($"the ledger's checkpoint records {checkpoint.Size} entries but {Size} are present (entries at the end were deleted)");
        }
        else if (checkpoint.Size < Size)
        {
            Report($"{Size - checkpoint.Size} entries are present that the ledger's checkpoint does not cover (rows were inserted outside the ledger)");
        }
        else if (!checkpoint.Frontier.Root().Equals(root))
        {
            Report("the entries do not match the Merkle root the ledger's checkpoint holds (entries were edited, reordered or replaced)");
        }

        if (digest is not null)
        {
            if (digest.TreeSize > Size)
            {
                Report($"the digest of {digest.CreatedAt:O} covers {digest.TreeSize} entries but the ledger holds {Size} (entries were deleted or an older copy of the ledger was restored)");
            }
            else if (RootAt(digest.TreeSize) is not { } rootAt || !rootAt.Equals(digest.Root))
            {
                Report($"the first {digest.TreeSize} entries are not the ones the digest of {digest.CreatedAt:O} covers (entries were edited, reordered, deleted or replaced)");
            }
        }

        var broken = new List<ChainVerification>(_broken.Count);
        foreach (var chain in _broken)
        {
            broken.Add(chain.Result());
        }

        return new LedgerVerification(_chains.Count, Size, broken, problems);
    }

    private void Problem(string problem)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(problem);
        }
    }
}
