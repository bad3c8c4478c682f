using System.Security.Cryptography;
using System.Text;

namespace Privacy.Kit.Consent;

/// <summary>
/// Turns a <see cref="SubjectId"/> into its <see cref="SubjectPseudonym"/>: HMAC-SHA256 with a secret key the
/// caller provides, over the identifier's kind and normalised value. Keep the key apart from the ledger (a key
/// vault, an environment variable): with the key, anyone holding a phone number can find its history; without
/// it, the ledger reveals no identifier. Thread-safe.
/// </summary>
public sealed class SubjectPseudonymizer : IDisposable
{
    /// <summary>The shortest key accepted, in bytes (128 bits). 32 random bytes are recommended.</summary>
    public const int MinimumKeyLength = 16;

    private const int MaxStackBytes = 256;
    private readonly byte[] _key;

    // One keyed HMAC kept for reuse: setting up the key costs more than hashing a short identifier.
    private IncrementalHash? _spare;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="SubjectPseudonymizer"/> class.</summary>
    /// <param name="key">The secret key, at least <see cref="MinimumKeyLength"/> bytes; it is copied.</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
    public SubjectPseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException(
                $"A pseudonymization key needs at least {MinimumKeyLength} bytes (32 random bytes recommended); this one has {key.Length}.",
                nameof(key));
        }

        _key = key.ToArray();
        KeyFingerprint = Pseudonymize("privacy-kit:key-fingerprint"u8).ToString();
    }

    /// <summary>
    /// A value that identifies the key without revealing it. A ledger stores it and refuses a different key, so
    /// one ledger never mixes pseudonyms made with two keys.
    /// </summary>
    public string KeyFingerprint { get; }

    /// <summary>The pseudonym of a subject. It is remembered on the subject id, so asking again for the same id is cheap.</summary>
    /// <param name="subject">The subject id.</param>
    /// <returns>Its pseudonym under this key.</returns>
    public SubjectPseudonym Pseudonymize(SubjectId subject)
    {
        if (subject.Memo is { } memo && memo.TryGet(this, out var remembered))
        {
            return remembered;
        }

        var value = subject.Value;
        var length = 2 + Encoding.UTF8.GetMaxByteCount(value.Length);
        var rented = length > MaxStackBytes ? new byte[length] : null;
        Span<byte> input = rented ?? stackalloc byte[MaxStackBytes];

        // The kind is part of the input so that a customer id that looks like a phone number never collides with it.
        input[0] = (byte)('0' + (int)subject.Kind);
        input[1] = (byte)':';
        var written = 2 + Encoding.UTF8.GetBytes(value, input[2..]);
        var pseudonym = Pseudonymize(input[..written]);
        subject.Memo?.Set(this, pseudonym);
        return pseudonym;
    }

    /// <summary>
    /// A key for another purpose derived from this one with HKDF-SHA256 (RFC 5869), so that one secret serves
    /// several uses without any two of them sharing key bytes: the pseudonyms use the key itself, everything
    /// else a derived key named by <paramref name="purpose"/>.
    /// </summary>
    /// <param name="purpose">The HKDF info: a fixed name of the use, for example <c>privacy-kit/consent-ledger/integrity/2</c>.</param>
    /// <returns>32 key bytes that differ from the pseudonymization key.</returns>
    internal byte[] DeriveKey(string purpose)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, Digest256.Size, salt: "privacy-kit"u8.ToArray(), info: Encoding.UTF8.GetBytes(purpose));
    }

    /// <summary>Forgets the key material held for reuse.</summary>
    public void Dispose()
    {
        _disposed = true;
        Interlocked.Exchange(ref _spare, null)?.Dispose();
        CryptographicOperations.ZeroMemory(_key);
    }

    private SubjectPseudonym Pseudonymize(ReadOnlySpan<byte> input)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var hmac = Interlocked.Exchange(ref _spare, null) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        Span<byte> digest = stackalloc byte[Digest256.Size];
        hmac.AppendData(input);
        hmac.GetHashAndReset(digest);
        Interlocked.Exchange(ref _spare, hmac)?.Dispose();
        return new SubjectPseudonym(new Digest256(digest));
    }
}
