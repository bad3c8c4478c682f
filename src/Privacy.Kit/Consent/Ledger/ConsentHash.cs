namespace Privacy.Kit.Consent;

/// <summary>
/// The SHA-256 hash of a ledger entry: SHA-256 over the previous entry's hash followed by the entry's canonical
/// JSON. Each entry carries its predecessor's hash, so editing, deleting or reordering an entry breaks the chain.
/// The first entry of a subject follows <see cref="Genesis"/> (32 zero bytes). Written as 64 lower-case
/// hexadecimal characters.
/// </summary>
public readonly struct ConsentHash : IEquatable<ConsentHash>
{
    private readonly Digest256 _value;

    internal ConsentHash(Digest256 value) => _value = value;

    /// <summary>The hash the first entry of every subject's chain follows: 32 zero bytes.</summary>
    public static ConsentHash Genesis => default;

    /// <summary>Restores a hash from its 32 bytes, as a ledger stores it.</summary>
    /// <param name="bytes">Exactly 32 bytes.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public static ConsentHash FromBytes(ReadOnlySpan<byte> bytes) => new(new Digest256(bytes));

    /// <summary>Reads the written form of a hash.</summary>
    /// <param name="hex">64 hexadecimal characters.</param>
    /// <param name="hash">The hash when <paramref name="hex"/> is well formed.</param>
    /// <returns>Whether <paramref name="hex"/> is well formed.</returns>
    public static bool TryParse(ReadOnlySpan<char> hex, out ConsentHash hash)
    {
        var ok = Digest256.TryParseHex(hex, out var digest);
        hash = new ConsentHash(digest);
        return ok;
    }

    /// <summary>Writes the 32 bytes of the hash.</summary>
    /// <param name="destination">At least 32 bytes.</param>
    public void CopyTo(Span<byte> destination) => _value.CopyTo(destination);

    /// <summary>The 32 bytes of the hash in a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray() => _value.ToArray();

    /// <summary>The written form: 64 lower-case hexadecimal characters.</summary>
    /// <returns>The hexadecimal form.</returns>
    public override string ToString() => _value.ToHex();

    /// <inheritdoc />
    public bool Equals(ConsentHash other) => _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConsentHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Whether two hashes are equal.</summary>
    /// <param name="left">A hash.</param>
    /// <param name="right">Another hash.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConsentHash left, ConsentHash right) => left.Equals(right);

    /// <summary>Whether two hashes differ.</summary>
    /// <param name="left">A hash.</param>
    /// <param name="right">Another hash.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConsentHash left, ConsentHash right) => !left.Equals(right);
}
