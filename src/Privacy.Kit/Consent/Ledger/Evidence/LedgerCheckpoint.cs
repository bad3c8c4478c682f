using System.Buffers.Binary;

namespace Privacy.Kit.Consent;

/// <summary>
/// What a ledger keeps about itself after every commit: how many entries it holds, the Merkle frontier over them,
/// and a seal (HMAC with the integrity key) over the size and root. A backend stores it as an opaque blob in the
/// same transaction as the entries. Deleting entries at the end, or editing the blob, shows when the ledger is
/// checked with the key; restoring an older copy of the whole file shows only against a signed digest.
/// </summary>
internal sealed class LedgerCheckpoint
{
    private const int HeaderSize = 4 + 8 + Digest256.Size;
    private static ReadOnlySpan<byte> Magic => "PKC2"u8;

    public LedgerCheckpoint(MerkleFrontier frontier, Digest256 seal)
    {
        Frontier = frontier;
        Seal = seal;
    }

    public MerkleFrontier Frontier { get; }

    public Digest256 Seal { get; }

    public long Size => Frontier.Size;

    public static LedgerCheckpoint Empty(ChainKey key)
    {
        var frontier = new MerkleFrontier();
        return new LedgerCheckpoint(frontier, key.Seal(0, frontier.Root()));
    }

    public bool IsSealedBy(ChainKey key) => key.Seal(Size, Frontier.Root()).Equals(Seal);

    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderSize + (Frontier.Nodes.Count * Digest256.Size)];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(4), Size);
        Seal.CopyTo(bytes.AsSpan(12));
        for (var i = 0; i < Frontier.Nodes.Count; i++)
        {
            Frontier.Nodes[i].CopyTo(bytes.AsSpan(HeaderSize + (i * Digest256.Size)));
        }

        return bytes;
    }

    /// <summary>Reads a stored checkpoint; null when the bytes are not one (never throws).</summary>
    public static LedgerCheckpoint? TryRead(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderSize || !bytes[..4].SequenceEqual(Magic) || (bytes.Length - HeaderSize) % Digest256.Size != 0)
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt64BigEndian(bytes[4..]);
        var nodes = new Digest256[(bytes.Length - HeaderSize) / Digest256.Size];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new Digest256(bytes.Slice(HeaderSize + (i * Digest256.Size), Digest256.Size));
        }

        return MerkleFrontier.Restore(size, nodes) is { } frontier ? new LedgerCheckpoint(frontier, new Digest256(bytes.Slice(12, Digest256.Size))) : null;
    }
}
