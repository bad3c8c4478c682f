using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Privacy.Kit.Consent;

/// <summary>
/// The ledger's integrity key: HKDF-derived from the pseudonymization key (never the same bytes), it links each
/// entry to its predecessor with HMAC-SHA256 and seals the ledger's checkpoint. Whoever holds the file but not the
/// key cannot produce entries or a checkpoint that verify. Thread-safe.
/// </summary>
internal sealed class ChainKey
{
    /// <summary>The HKDF info that names this use of the ledger key.</summary>
    public const string Purpose = "privacy-kit/consent-ledger/integrity/2";

    private readonly byte[] _key;

    private ChainKey(byte[] key) => _key = key;

    public static ChainKey From(SubjectPseudonymizer pseudonymizer) => new(pseudonymizer.DeriveKey(Purpose));

    /// <summary>The chain hash of an entry: HMAC-SHA256(key, previousHash || payload).</summary>
    public ConsentHash Link(ConsentHash previousHash, ReadOnlySpan<byte> payload)
    {
        // One-shot over one buffer: creating an IncrementalHash per entry cost more than hashing the entry.
        var length = Digest256.Size + payload.Length;
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> input = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        previousHash.CopyTo(input);
        payload.CopyTo(input[Digest256.Size..]);
        Span<byte> hash = stackalloc byte[Digest256.Size];
        HMACSHA256.HashData(_key, input, hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return ConsentHash.FromBytes(hash);
    }

    /// <summary>The seal of a checkpoint: HMAC-SHA256(key, "checkpoint" || size || root).</summary>
    public Digest256 Seal(long size, Digest256 root)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        Span<byte> bytes = stackalloc byte[Digest256.Size];
        hmac.AppendData("privacy-kit/checkpoint"u8);
        BinaryPrimitives.WriteInt64BigEndian(bytes, size);
        hmac.AppendData(bytes[..8]);
        root.CopyTo(bytes);
        hmac.AppendData(bytes);
        hmac.GetHashAndReset(bytes);
        return new Digest256(bytes);
    }
}
