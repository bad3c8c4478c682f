using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// One entry of a person's chain: the event, its place in the chain and in the whole ledger, when it was recorded,
/// and the hashes that link it to its predecessor. <see cref="Payload"/> is the canonical JSON that was hashed. In
/// a <see cref="ConsentLedger"/> the link is keyed, <c>Hash = HMAC-SHA256(integrity key, PreviousHash || Payload)</c>,
/// so only the key's holder can produce or check it; an entry made with <see cref="Create(SubjectPseudonym, long, ConsentHash, ConsentEvent, DateTimeOffset)"/> alone uses the
/// unkeyed <c>SHA-256(PreviousHash || Payload)</c> of format 1 ledgers.
/// </summary>
public sealed class ConsentRecord
{
    private const int FormatVersion = 1;
    private readonly byte[] _payload;
    private readonly ChainKey? _key;

    private ConsentRecord(SubjectPseudonym subject, long sequence, ConsentEvent consentEvent, DateTimeOffset recordedAt, ConsentHash previousHash, ConsentHash hash, byte[] payload, ChainKey? key = null, long? position = null)
    {
        _key = key;
        Position = position;
        Subject = subject;
        Sequence = sequence;
        Event = consentEvent;
        RecordedAt = recordedAt;
        PreviousHash = previousHash;
        Hash = hash;
        _payload = payload;
    }

    /// <summary>The person whose chain this entry belongs to.</summary>
    public SubjectPseudonym Subject { get; }

    /// <summary>The position in the person's chain, starting at 1.</summary>
    public long Sequence { get; }

    /// <summary>The place in the whole ledger, from 0 (the Merkle tree's leaf index); null for an entry of a format 1 ledger.</summary>
    public long? Position { get; }

    /// <summary>The event.</summary>
    public ConsentEvent Event { get; }

    /// <summary>When the ledger recorded the event (which may be later than <see cref="ConsentEvent.OccurredAt"/>).</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>The hash of the previous entry of this person, or <see cref="ConsentHash.Genesis"/> for the first.</summary>
    public ConsentHash PreviousHash { get; }

    /// <summary>The hash of this entry as stored: SHA-256 over <see cref="PreviousHash"/> followed by <see cref="Payload"/>.</summary>
    public ConsentHash Hash { get; }

    /// <summary>The canonical UTF-8 JSON of the entry (subject, sequence, kind, moments and the event's fields).</summary>
    public ReadOnlyMemory<byte> Payload => _payload;

    /// <summary>Whether <see cref="Hash"/> is the (keyed, for a ledger's entry) hash of <see cref="PreviousHash"/> and <see cref="Payload"/>: false when either was edited.</summary>
    public bool HashMatches => (_key?.Link(PreviousHash, _payload) ?? ComputeHash(PreviousHash, _payload)) == Hash;

    /// <summary>Creates the next entry of a chain: validates the event, writes its canonical JSON and hashes it.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="sequence">The position in the chain, one more than the previous entry (1 for the first).</param>
    /// <param name="previousHash">The hash of the previous entry, or <see cref="ConsentHash.Genesis"/>.</param>
    /// <param name="consentEvent">The event.</param>
    /// <param name="recordedAt">When the ledger records it.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">The event is incomplete or inconsistent, or the sequence is not positive.</exception>
    public static ConsentRecord Create(SubjectPseudonym subject, long sequence, ConsentHash previousHash, ConsentEvent consentEvent, DateTimeOffset recordedAt)
    {
        var payload = WritePayload(subject, sequence, consentEvent, recordedAt);
        return new ConsentRecord(subject, sequence, consentEvent, recordedAt, previousHash, ComputeHash(previousHash, payload), payload);
    }

    /// <summary>The next entry of a keyed chain at a place in the ledger.</summary>
    internal static ConsentRecord Create(ChainKey key, long position, SubjectPseudonym subject, ChainHead head, ConsentEvent consentEvent, DateTimeOffset recordedAt)
    {
        var sequence = head.Length + 1;
        var payload = WritePayload(subject, sequence, consentEvent, recordedAt);
        return new ConsentRecord(subject, sequence, consentEvent, recordedAt, head.Hash, key.Link(head.Hash, payload), payload, key, position);
    }

    /// <summary>The row a ledger stores for this entry.</summary>
    internal StoredEntry ToStored() =>
        new(Position ?? throw new InvalidOperationException("A format 1 entry has no position."), Subject, Sequence, Event.Kind, PreviousHash, Hash, _payload) { Record = this };

    private static byte[] WritePayload(SubjectPseudonym subject, long sequence, ConsentEvent consentEvent, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        consentEvent.Validate();

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", FormatVersion);
            writer.WriteString("subject", subject.ToString());
            writer.WriteNumber("sequence", sequence);
            writer.WriteString("kind", consentEvent.Kind);
            writer.WriteString("occurredAt", consentEvent.OccurredAt);
            writer.WriteString("recordedAt", recordedAt);
            consentEvent.WriteFields(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Restores an entry a ledger stored. It does not check the hash: <see cref="ConsentChain.Verify"/> does.</summary>
    /// <param name="payload">The stored <see cref="Payload"/>.</param>
    /// <param name="previousHash">The stored <see cref="PreviousHash"/>.</param>
    /// <param name="hash">The stored <see cref="Hash"/>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="FormatException">The payload is not an entry this library wrote.</exception>
    public static ConsentRecord Restore(ReadOnlySpan<byte> payload, ConsentHash previousHash, ConsentHash hash) =>
        Restore(payload.ToArray(), previousHash, hash, null, null);

    /// <summary>Restores a row of a keyed ledger; throws <see cref="FormatException"/> when the payload is not an entry.</summary>
    internal static ConsentRecord Restore(StoredEntry row, ChainKey key) =>
        row.Record ?? Restore(row.Payload.ToArray(), row.PreviousHash, row.Hash, key, row.Position);

    private static ConsentRecord Restore(byte[] bytes, ConsentHash previousHash, ConsentHash hash, ChainKey? key, long? position)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (!root.TryGetProperty("v", out var version) || version.GetInt32() != FormatVersion)
            {
                throw new FormatException($"The stored entry is not in format version {FormatVersion}.");
            }

            var subject = SubjectPseudonym.TryParse(root.RequiredString("subject"), out var s) ? s : throw ConsentJson.Unknown("subject");
            var sequence = root.TryGetProperty("sequence", out var n) ? n.GetInt64() : throw ConsentJson.Missing("sequence");
            var occurredAt = root.RequiredMoment("occurredAt");
            ConsentEvent consentEvent = root.RequiredString("kind") switch
            {
                ConsentGiven.KindName => ConsentGiven.Read(root, occurredAt),
                ConsentWithdrawn.KindName => ConsentWithdrawn.Read(root, occurredAt),
                ObjectionRecorded.KindName => ObjectionRecorded.Read(root, occurredAt),
                CustomerRelationshipRecorded.KindName => CustomerRelationshipRecorded.Read(root, occurredAt),
                CallRequested.KindName => CallRequested.Read(root, occurredAt),
                ContactMade.KindName => ContactMade.Read(root, occurredAt),
                ContactDecisionRecorded.KindName => ContactDecisionRecorded.Read(root, occurredAt, subject),
                _ => throw ConsentJson.Unknown("kind"),
            };
            return new ConsentRecord(subject, sequence, consentEvent, root.RequiredMoment("recordedAt"), previousHash, hash, bytes, key, position);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new FormatException("The stored entry is not valid JSON of the expected shape: " + e.Message, e);
        }
    }

    internal static ConsentHash ComputeHash(ConsentHash previousHash, ReadOnlySpan<byte> payload)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> bytes = stackalloc byte[Digest256.Size];
        previousHash.CopyTo(bytes);
        sha.AppendData(bytes);
        sha.AppendData(payload);
        sha.GetHashAndReset(bytes);
        return ConsentHash.FromBytes(bytes);
    }
}
