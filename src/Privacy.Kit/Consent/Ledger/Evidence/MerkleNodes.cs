namespace Privacy.Kit.Consent;

/// <summary>
/// Every complete subtree of a growing RFC 9162 Merkle tree, level by level (level 0 holds the leaves, level i the
/// roots of the perfect subtrees of 2^i leaves). An RFC 9162 tree of n leaves is the tree built bottom-up where a
/// node without a right sibling moves up unchanged, so these nodes give the root and every inclusion proof of any
/// tree size up to <see cref="Size"/> in O(log n) hashes, without reading the leaves again. Appending costs
/// amortised one hash; memory is about two digests per leaf.
/// </summary>
internal sealed class MerkleNodes
{
    private readonly List<List<Digest256>> _levels = [[]];

    public long Size => _levels[0].Count;

    public Digest256 Leaf(long index) => _levels[0][checked((int)index)];

    public void Append(Digest256 leaf)
    {
        _levels[0].Add(leaf);
        for (var level = 0; (_levels[level].Count & 1) == 0; level++)
        {
            if (level + 1 == _levels.Count)
            {
                _levels.Add([]);
            }

            var nodes = _levels[level];
            _levels[level + 1].Add(MerkleTree.Node(nodes[^2], nodes[^1]));
        }
    }

    /// <summary>The root of the tree of the first <paramref name="size"/> leaves.</summary>
    public Digest256 Root(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        Digest256? root = null;
        for (var level = 0; (size >> level) > 0; level++)
        {
            root = Fold(level, size, root);
        }

        return root ?? MerkleTree.Empty;
    }

    /// <summary>The audit path of leaf <paramref name="index"/> in the tree of the first <paramref name="size"/> leaves (RFC 9162 section 2.1.3.1), leaf end first.</summary>
    public Digest256[] InclusionProof(long index, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        var path = new List<Digest256>();

        // At each level the nodes are the complete ones (size >> level of them) and, when size is not a multiple of
        // 2^level, one incomplete node after them: the root of the leaves left over, carried up.
        Digest256? incomplete = null;
        for (var level = 0; ((size - 1) >> level) > 0; level++)
        {
            var complete = size >> level;
            var sibling = (index >> level) ^ 1;
            if (sibling < complete)
            {
                path.Add(_levels[level][(int)sibling]);
            }
            else if (sibling == complete && incomplete is { } carried)
            {
                path.Add(carried);
            }

            incomplete = Fold(level, size, incomplete);
        }

        return [.. path];
    }

    /// <summary>The incomplete node one level up: the last complete node of this level joins it when the size has this level's bit.</summary>
    private Digest256? Fold(int level, long size, Digest256? incomplete)
    {
        var complete = size >> level;
        if ((complete & 1) == 0)
        {
            return incomplete;
        }

        var node = _levels[level][(int)(complete - 1)];
        return incomplete is { } right ? MerkleTree.Node(node, right) : node;
    }
}
