using System.Numerics;

namespace Privacy.Kit.Consent;

/// <summary>
/// The right edge of a growing Merkle tree: one root per perfect subtree (one per set bit of the size, largest
/// first). Appending a leaf and computing the root cost O(log n), so a ledger keeps its root current on every
/// commit without reading its entries again.
/// </summary>
internal sealed class MerkleFrontier
{
    private readonly List<Digest256> _nodes;

    public MerkleFrontier()
        : this(0, [])
    {
    }

    private MerkleFrontier(long size, List<Digest256> nodes)
    {
        Size = size;
        _nodes = nodes;
    }

    public long Size { get; private set; }

    public IReadOnlyList<Digest256> Nodes => _nodes;

    /// <summary>Restores a frontier from its nodes; null when their number does not fit the size.</summary>
    public static MerkleFrontier? Restore(long size, IReadOnlyList<Digest256> nodes) =>
        size < 0 || nodes.Count != BitOperations.PopCount((ulong)size) ? null : new MerkleFrontier(size, [.. nodes]);

    public MerkleFrontier Copy() => new(Size, [.. _nodes]);

    public void Append(Digest256 leaf)
    {
        _nodes.Add(leaf);
        for (var s = Size; (s & 1) == 1; s >>= 1)
        {
            var right = _nodes[^1];
            var left = _nodes[^2];
            _nodes.RemoveRange(_nodes.Count - 2, 2);
            _nodes.Add(MerkleTree.Node(left, right));
        }

        Size++;
    }

    public Digest256 Root()
    {
        if (_nodes.Count == 0)
        {
            return MerkleTree.Empty;
        }

        var root = _nodes[^1];
        for (var i = _nodes.Count - 2; i >= 0; i--)
        {
            root = MerkleTree.Node(_nodes[i], root);
        }

        return root;
    }
}
