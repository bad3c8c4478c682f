namespace Privacy.Kit.Consent;

/// <summary>
/// One row of a ledger as a backend stores it: the entry's place in the whole ledger (<see cref="Position"/>) and
/// in its person's chain (<see cref="Sequence"/>), the kind (a copy of what the payload says, for filtering), the
/// chain hashes and the payload. Backends write what <see cref="ConsentLedger"/> gives them and read rows back
/// with <see cref="FromColumns"/>, which never throws: a column that cannot be read (a changed storage type, a
/// wrong length) is kept as <see cref="Problem"/> and verification reports the row as broken.
/// </summary>
public sealed class StoredEntry
{
    /// <summary>Initializes a new instance of the <see cref="StoredEntry"/> class.</summary>
    /// <param name="position">The place in the whole ledger, from 0, without gaps.</param>
    /// <param name="subject">The person.</param>
    /// <param name="sequence">The place in the person's chain, from 1.</param>
    /// <param name="kind">The kind of event, as the payload says.</param>
    /// <param name="previousHash">The chain hash of the person's previous entry.</param>
    /// <param name="hash">The chain hash of this entry.</param>
    /// <param name="payload">The canonical JSON of the entry.</param>
    public StoredEntry(long position, SubjectPseudonym subject, long sequence, string kind, ConsentHash previousHash, ConsentHash hash, ReadOnlyMemory<byte> payload)
        : this(position, subject, sequence, kind, previousHash, hash, payload, null)
    {
    }

    private StoredEntry(long position, SubjectPseudonym subject, long sequence, string kind, ConsentHash previousHash, ConsentHash hash, ReadOnlyMemory<byte> payload, string? problem)
    {
        Position = position;
        Subject = subject;
        Sequence = sequence;
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        PreviousHash = previousHash;
        Hash = hash;
        Payload = payload;
        Problem = problem;
    }

    /// <summary>The place in the whole ledger, from 0: the Merkle tree's leaf index.</summary>
    public long Position { get; }

    /// <summary>The person.</summary>
    public SubjectPseudonym Subject { get; }

    /// <summary>The place in the person's chain, from 1.</summary>
    public long Sequence { get; }

    /// <summary>The kind column, for example <c>consent-given</c>; verification checks it against the payload.</summary>
    public string Kind { get; }

    /// <summary>The chain hash of the person's previous entry (<see cref="ConsentHash.Genesis"/> for the first).</summary>
    public ConsentHash PreviousHash { get; }

    /// <summary>The chain hash of this entry.</summary>
    public ConsentHash Hash { get; }

    /// <summary>The canonical UTF-8 JSON of the entry.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>Why a column of the stored row could not be read; null for a readable row.</summary>
    public string? Problem { get; }

    /// <summary>The record this row was made from or restored to, kept so that a row read twice is parsed once.</summary>
    internal ConsentRecord? Record { get; set; }

    /// <summary>
    /// A row from the values a database returned, in the order position, subject, sequence, kind, previous
    /// hash, hash, payload. Never throws: integers must be 64-bit integers, hashes and the subject 32-byte blobs, the
    /// kind text and the payload a blob; anything else (null, another storage type, another length) becomes
    /// <see cref="Problem"/>.
    /// </summary>
    /// <param name="position">The position column.</param>
    /// <param name="subject">The subject column.</param>
    /// <param name="sequence">The sequence column.</param>
    /// <param name="kind">The kind column.</param>
    /// <param name="previousHash">The previous-hash column.</param>
    /// <param name="hash">The hash column.</param>
    /// <param name="payload">The payload column.</param>
    /// <returns>The row; check <see cref="Problem"/>.</returns>
    public static StoredEntry FromColumns(object? position, object? subject, object? sequence, object? kind, object? previousHash, object? hash, object? payload)
    {
        string? problem = null;
        var p = Integer(position, "position", ref problem);
        var s = Digest(subject, "subject", ref problem);
        var n = Integer(sequence, "sequence", ref problem);
        var k = kind as string ?? Report(ref problem, "kind", kind, "text", string.Empty);
        var previous = Digest(previousHash, "previous_hash", ref problem);
        var h = Digest(hash, "hash", ref problem);
        var bytes = payload as byte[] ?? Report(ref problem, "payload", payload, "a blob", Array.Empty<byte>());
        return new StoredEntry(p, new SubjectPseudonym(s), n, k, new ConsentHash(previous), new ConsentHash(h), bytes, problem);
    }

    private static long Integer(object? value, string column, ref string? problem) => value switch
    {
        long l => l,
        int i => i,
        _ => Report(ref problem, column, value, "an integer", 0L),
    };

    private static Digest256 Digest(object? value, string column, ref string? problem) =>
        value is byte[] { Length: Digest256.Size } bytes ? new Digest256(bytes)
        : value is byte[] other ? Report(ref problem, column, $"{other.Length} bytes", default(Digest256))
        : Report(ref problem, column, value, $"a {Digest256.Size}-byte blob", default(Digest256));

    private static T Report<T>(ref string? problem, string column, object? value, string expected, T fallback) =>
        Report(ref problem, column, $"{Describe(value)}, not {expected}", fallback);

    private static T Report<T>(ref string? problem, string column, string found, T fallback)
    {
        problem ??= $"the {column} column holds {found}";
        return fallback;
    }

    private static string Describe(object? value) => value switch
    {
        null or DBNull => "null",
        string => "text",
        double or float or decimal => "a real number",
        long or int => "an integer",
        byte[] => "a blob",
        _ => value.GetType().Name,
    };
}
