using System.Buffers.Binary;

namespace Privacy.Kit.Consent;

/// <summary>A 32-byte digest held in four fields, so it is a cheap dictionary key and copies without allocating.</summary>
internal readonly struct Digest256 : IEquatable<Digest256>
{
    public const int Size = 32;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    public Digest256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A digest is exactly {Size} bytes, not {bytes.Length}.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    public bool IsZero => (_a | _b | _c | _d) == 0;

    public static bool TryParseHex(ReadOnlySpan<char> hex, out Digest256 digest)
    {
        if (hex.Length != Size * 2 || hex.ContainsAnyExcept(HexDigits))
        {
            digest = default;
            return false;
        }

        digest = new Digest256(Convert.FromHexString(hex));
        return true;
    }

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public bool Equals(Digest256 other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is Digest256 other && Equals(other);

    // The bytes are HMAC or SHA-256 output: any 8 of them are already uniformly distributed.
    public override int GetHashCode() => (int)_a ^ (int)(_a >> 32);
}
