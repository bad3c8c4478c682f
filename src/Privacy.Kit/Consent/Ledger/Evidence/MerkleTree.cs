using System.Buffers;
using System.Numerics;
using System.Security.Cryptography;

namespace Privacy.Kit.Consent;

/// <summary>
/// The Merkle tree over every entry of a ledger, in the order they were stored, as RFC 9162 (Certificate
/// Transparency 2.0) defines it: a leaf hashes <c>0x00 || data</c>, a node <c>0x01 || left || right</c>, and a tree
/// of n leaves splits at the largest power of two below n. It gives a root that covers everything (for signed
/// digests), inclusion proofs (this entry is in that tree; made from <see cref="MerkleNodes"/>) and consistency proofs (the larger tree extends the
/// smaller one).
/// </summary>
internal static class MerkleTree
{
    /// <summary>The hash of an empty tree: SHA-256 of nothing.</summary>
    public static Digest256 Empty { get; } = new(SHA256.HashData(ReadOnlySpan<byte>.Empty));

    /// <summary>The leaf of a ledger entry: its chain hash followed by its payload.</summary>
    public static Digest256 Leaf(ConsentHash hash, ReadOnlySpan<byte> payload)
    {
        // One-shot over one buffer: creating an IncrementalHash per entry cost more than hashing the entry.
        var length = 1 + Digest256.Size + payload.Length;
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> input = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        input[0] = 0;
        hash.CopyTo(input[1..]);
        payload.CopyTo(input[(1 + Digest256.Size)..]);
        Span<byte> leaf = stackalloc byte[Digest256.Size];
        SHA256.HashData(input, leaf);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new Digest256(leaf);
    }

    /// <summary>How many nodes <see cref="Node"/> hashed on the calling thread: what a test of the cost of a proof counts.</summary>
    [ThreadStatic]
    private static long t_nodeHashes;

    internal static long NodeHashesOnThisThread => t_nodeHashes;

    public static Digest256 Node(Digest256 left, Digest256 right)
    {
        t_nodeHashes++;
        Span<byte> bytes = stackalloc byte[1 + (2 * Digest256.Size)];
        bytes[0] = 1;
        left.CopyTo(bytes[1..]);
        right.CopyTo(bytes[(1 + Digest256.Size)..]);
        Span<byte> hash = stackalloc byte[Digest256.Size];
        SHA256.HashData(bytes, hash);
        return new Digest256(hash);
    }

    /// <summary>The root of the tree of these leaves.</summary>
    public static Digest256 Root(ReadOnlySpan<Digest256> leaves) => leaves.Length switch
    {
        0 => Empty,
        1 => leaves[0],
        _ => Node(Root(leaves[..Split(leaves.Length)]), Root(leaves[Split(leaves.Length)..])),
    };

    /// <summary>Whether <paramref name="path"/> leads from a leaf at <paramref name="index"/> to <paramref name="root"/> in a tree of <paramref name="size"/> leaves (RFC 9162 section 2.1.3.2).</summary>
    public static bool VerifyInclusion(long index, long size, Digest256 leaf, IReadOnlyList<Digest256> path, Digest256 root)
    {
        if (index < 0 || index >= size)
        {
            return false;
        }

        long fn = index, sn = size - 1;
        var r = leaf;
        foreach (var p in path)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = Node(p, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.Equals(root);
    }

    /// <summary>The consistency proof from the tree of the first <paramref name="oldSize"/> leaves to the tree of all of them (RFC 9162 section 2.1.4.1).</summary>
    public static Digest256[] ConsistencyProof(ReadOnlySpan<Digest256> leaves, long oldSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, leaves.Length);
        var proof = new List<Digest256>();
        if (oldSize > 0 && oldSize < leaves.Length)
        {
            SubProof((int)oldSize, leaves, complete: true, proof);
        }

        return [.. proof];
    }

    /// <summary>Whether <paramref name="proof"/> shows that the tree of <paramref name="newSize"/> leaves with <paramref name="newRoot"/> extends the tree of <paramref name="oldSize"/> leaves with <paramref name="oldRoot"/> (RFC 9162 section 2.1.4.2).</summary>
    public static bool VerifyConsistency(long oldSize, long newSize, Digest256 oldRoot, Digest256 newRoot, IReadOnlyList<Digest256> proof)
    {
        if (oldSize < 0 || newSize < oldSize)
        {
            return false;
        }

        if (oldSize == newSize)
        {
            return proof.Count == 0 && oldRoot.Equals(newRoot);
        }

        if (oldSize == 0)
        {
            return proof.Count == 0;
        }

        if (proof.Count == 0)
        {
            return false;
        }

        var path = new List<Digest256>(proof.Count + 1);
        if (BitOperations.IsPow2(oldSize))
        {
            path.Add(oldRoot);
        }

        path.AddRange(proof);
        long fn = oldSize - 1, sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        Digest256 fr = path[0], sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            if (sn == 0)
            {
                return false;
            }

            var c = path[i];
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = Node(c, fr);
                sr = Node(c, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                sr = Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.Equals(oldRoot) && sr.Equals(newRoot);
    }

    /// <summary>The largest power of two smaller than <paramref name="n"/> (n &gt; 1).</summary>
    private static int Split(int n) => 1 << (BitOperations.Log2((uint)(n - 1)));

    private static void SubProof(int m, ReadOnlySpan<Digest256> leaves, bool complete, List<Digest256> proof)
    {
        var n = leaves.Length;
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(Root(leaves));
            }

            return;
        }

        var k = Split(n);
        if (m <= k)
        {
            SubProof(m, leaves[..k], complete, proof);
            proof.Add(Root(leaves[k..]));
        }
        else
        {
            SubProof(m - k, leaves[k..], complete: false, proof);
            proof.Add(Root(leaves[..k]));
        }
    }
}
