namespace Privacy.Kit.Redaction;

/// <summary>
/// Replaces a value with a keyed HMAC-SHA256 pseudonym, <c>keyId:base64</c>: the same value under the same key always
/// gives the same pseudonym, so logs stay correlatable, and the key id tells which key made it, so keys can rotate.
/// </summary>
/// <remarks>
/// The key's pad blocks are compressed once (<see cref="PrecomputedHmacSha256"/>) instead of once per value, and the
/// span API allocates nothing. The key is never shown: not in <see cref="ToString"/>, not in
/// errors.
/// </remarks>
[Redacts(Keeps = "a keyed pseudonym")]
internal sealed class PseudonymizingRedactor : Microsoft.Extensions.Compliance.Redaction.Redactor
{
    /// <summary>The smallest key accepted, in bytes (256 bits).</summary>
    public const int MinKeyBytes = 32;

    /// <summary>Bytes of the HMAC kept: 120 bits, which base64 writes as 20 characters without padding.</summary>
    private const int PseudonymBytes = 15;
    private const int PseudonymChars = 20;

    private readonly string _keyId;
    private readonly PrecomputedHmacSha256 _hmac;

    /// <summary>Initializes a pseudonymizer with a validated key of at least <see cref="MinKeyBytes"/> bytes.</summary>
    public PseudonymizingRedactor(string keyId, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The pseudonymization key has {key.Length * 8} bits; it needs at least {MinKeyBytes * 8}.", nameof(key));
        }

        _keyId = keyId;
        _hmac = new PrecomputedHmacSha256(key);
    }

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => _keyId.Length + 1 + PseudonymChars;

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        int length = GetRedactedLength(source);
        if (destination.Length < length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters but the pseudonym needs {length}; size it with GetRedactedLength.",
                nameof(destination));
        }

        Span<byte> hash = stackalloc byte[PrecomputedHmacSha256.MacBytes];
        _hmac.Compute(source, hash);
        _keyId.AsSpan().CopyTo(destination);
        destination[_keyId.Length] = ':';
        Convert.TryToBase64Chars(hash[..PseudonymBytes], destination[(_keyId.Length + 1)..], out _);
        return length;
    }

    /// <summary>Names the redactor and its key id; never the key.</summary>
    public override string ToString() => $"Privacy.Kit pseudonymizer (HMAC-SHA256, key id '{_keyId}')";
}
