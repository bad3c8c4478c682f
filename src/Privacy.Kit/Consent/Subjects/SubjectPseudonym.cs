namespace Privacy.Kit.Consent;

/// <summary>
/// The keyed pseudonym (HMAC-SHA256) under which the ledger stores a person. It finds the person's history again
/// without keeping the phone number, e-mail address or customer id; without the key it cannot be turned back.
/// Written as 64 lower-case hexadecimal characters.
/// </summary>
public readonly struct SubjectPseudonym : IEquatable<SubjectPseudonym>
{
    private readonly Digest256 _value;

    internal SubjectPseudonym(Digest256 value) => _value = value;

    /// <summary>Restores a pseudonym from its 32 bytes, as a ledger stores it.</summary>
    /// <param name="bytes">Exactly 32 bytes.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public static SubjectPseudonym FromBytes(ReadOnlySpan<byte> bytes) => new(new Digest256(bytes));

    /// <summary>Reads the written form of a pseudonym.</summary>
    /// <param name="hex">64 hexadecimal characters.</param>
    /// <param name="pseudonym">The pseudonym when <paramref name="hex"/> is well formed.</param>
    /// <returns>Whether <paramref name="hex"/> is well formed.</returns>
    public static bool TryParse(ReadOnlySpan<char> hex, out SubjectPseudonym pseudonym)
    {
        var ok = Digest256.TryParseHex(hex, out var digest);
        pseudonym = new SubjectPseudonym(digest);
        return ok;
    }

    /// <summary>Writes the 32 bytes of the pseudonym.</summary>
    /// <param name="destination">At least 32 bytes.</param>
    public void CopyTo(Span<byte> destination) => _value.CopyTo(destination);

    /// <summary>The 32 bytes of the pseudonym in a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray() => _value.ToArray();

    /// <summary>The written form: 64 lower-case hexadecimal characters.</summary>
    /// <returns>The hexadecimal form.</returns>
    public override string ToString() => _value.ToHex();

    /// <inheritdoc />
    public bool Equals(SubjectPseudonym other) => _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubjectPseudonym other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Whether two pseudonyms name the same person.</summary>
    /// <param name="left">A pseudonym.</param>
    /// <param name="right">Another pseudonym.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SubjectPseudonym left, SubjectPseudonym right) => left.Equals(right);

    /// <summary>Whether two pseudonyms name different people.</summary>
    /// <param name="left">A pseudonym.</param>
    /// <param name="right">Another pseudonym.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SubjectPseudonym left, SubjectPseudonym right) => !left.Equals(right);
}
