using System.Security.Cryptography;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

public sealed class MerkleTreeTests
{
    private static readonly Digest256[] Leaves = Enumerable.Range(0, 40).Select(i => new Digest256(SHA256.HashData([(byte)i]))).ToArray();

    [Fact]
    public void The_root_follows_RFC_9162_splitting_at_the_largest_power_of_two()
    {
        var (a, b, c) = (Leaves[0], Leaves[1], Leaves[2]);

        Assert.Equal(MerkleTree.Node(MerkleTree.Node(a, b), c), MerkleTree.Root(Leaves.AsSpan(0, 3)));
        Assert.Equal(new Digest256(SHA256.HashData([])), MerkleTree.Root([]));
    }

    [Fact]
    public void The_frontier_gives_the_same_root_as_the_whole_tree_at_every_size()
    {
        var frontier = new MerkleFrontier();
        for (var n = 1; n <= Leaves.Length; n++)
        {
            frontier.Append(Leaves[n - 1]);
            Assert.Equal(MerkleTree.Root(Leaves.AsSpan(0, n)), frontier.Root());
        }
    }

    [Fact]
    public void The_nodes_give_the_whole_trees_root_at_every_size_up_to_theirs()
    {
        var nodes = Nodes(Leaves.Length);
        for (var n = 0; n <= Leaves.Length; n++)
        {
            Assert.Equal(MerkleTree.Root(Leaves.AsSpan(0, n)), nodes.Root(n));
        }
    }

    [Fact]
    public void Every_inclusion_proof_verifies_and_fails_for_another_leaf_or_position()
    {
        var nodes = Nodes(Leaves.Length);
        for (var size = 1; size <= Leaves.Length; size++)
        {
            var tree = Leaves.AsSpan(0, size);
            var root = MerkleTree.Root(tree);
            for (var i = 0; i < size; i++)
            {
                var path = nodes.InclusionProof(i, size);
                Assert.True(MerkleTree.VerifyInclusion(i, size, tree[i], path, root));
                Assert.False(MerkleTree.VerifyInclusion(i, size, Leaves[(i + 1) % Leaves.Length], path, root));
                if (size > 1)
                {
                    Assert.False(MerkleTree.VerifyInclusion((i + 1) % size, size, tree[i], path, root));
                }
            }
        }
    }

    [Fact]
    public void Every_consistency_proof_verifies_and_fails_against_a_rewritten_old_tree()
    {
        for (var newSize = 1; newSize <= Leaves.Length; newSize++)
        {
            var tree = Leaves.AsSpan(0, newSize);
            var newRoot = MerkleTree.Root(tree);
            for (var oldSize = 1; oldSize <= newSize; oldSize++)
            {
                var oldRoot = MerkleTree.Root(tree[..oldSize]);
                var proof = MerkleTree.ConsistencyProof(tree, oldSize);
                Assert.True(MerkleTree.VerifyConsistency(oldSize, newSize, oldRoot, newRoot, proof));
                Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, Leaves[39], newRoot, proof));
            }
        }
    }

    [Fact]
    public void An_inclusion_proof_costs_a_path_not_a_tree()
    {
        // 2^16 + 5 leaves: a proof that rebuilt the subtrees beside the path would hash 65,000 nodes; the path has 17.
        var nodes = Nodes((1 << 16) + 5);
        var index = (1 << 15) + 12_345;

        var before = MerkleTree.NodeHashesOnThisThread;
        var path = nodes.InclusionProof(index, nodes.Size);
        var hashed = MerkleTree.NodeHashesOnThisThread - before;

        Assert.Equal(17, path.Length);
        Assert.InRange(hashed, 0, 2 * 17);
        Assert.True(MerkleTree.VerifyInclusion(index, nodes.Size, nodes.Leaf(index), path, nodes.Root(nodes.Size)));
    }

    private static MerkleNodes Nodes(int count)
    {
        var nodes = new MerkleNodes();
        for (var i = 0; i < count; i++)
        {
            nodes.Append(i < Leaves.Length ? Leaves[i] : new Digest256(SHA256.HashData(BitConverter.GetBytes(i))));
        }

        return nodes;
    }
}
