using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// Everything the ledger holds about one person: every event and decision with its hashes, whether the chain
/// is intact, and (from a <see cref="ConsentLedger"/>) an inclusion proof per entry against the ledger's Merkle
/// tree or a signed digest. <see cref="WriteTo"/> writes the JSON document sent to the person or an auditor; each
/// entry's <c>payload</c> is written exactly as it was hashed, so with the digest's public key the document can be
/// checked alone (<see cref="Check"/>), without the rest of the ledger.
/// </summary>
public sealed class ConsentProof
{
    /// <summary>The format name written into the document.</summary>
    public const string Format = "privacy-kit/consent-proof/2";

    /// <summary>Initializes a new instance of the <see cref="ConsentProof"/> class.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="generatedAt">When the proof was made.</param>
    /// <param name="entries">The person's chain.</param>
    /// <param name="verification">The chain's verification.</param>
    public ConsentProof(SubjectPseudonym subject, DateTimeOffset generatedAt, IReadOnlyList<ConsentRecord> entries, ChainVerification verification)
    {
        Subject = subject;
        GeneratedAt = generatedAt;
        Entries = entries ?? throw new ArgumentNullException(nameof(entries));
        Verification = verification ?? throw new ArgumentNullException(nameof(verification));
    }

    /// <summary>The person.</summary>
    public SubjectPseudonym Subject { get; }

    /// <summary>When the proof was made.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>The person's chain, in order.</summary>
    public IReadOnlyList<ConsentRecord> Entries { get; }

    /// <summary>Whether the chain is intact, and where it breaks if not.</summary>
    public ChainVerification Verification { get; }

    /// <summary>The inclusion proofs and the ledger's state; null for a proof from a ledger without a Merkle tree.</summary>
    public InclusionEvidence? Inclusion { get; init; }

    /// <summary>Whether the person's chain and (when known) the whole ledger verified.</summary>
    public bool IsIntact => Verification.IsIntact && (Inclusion is null || Inclusion.Ledger.IsIntact);

    /// <summary>
    /// Checks a proof document alone: the embedded digest's signature with <paramref name="publicKey"/>, every
    /// entry's inclusion proof against the digest's root, and that the entries form one unbroken chain of the
    /// document's subject. The keyed chain hashes themselves need the ledger's key and are not checked here.
    /// </summary>
    /// <param name="json">The document written by <see cref="ToJson"/> for a proof against a digest.</param>
    /// <param name="publicKey">The public key of the digest's signer.</param>
    /// <returns>What is wrong; empty when the proof holds.</returns>
    public static IReadOnlyList<string> Check(string json, ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(publicKey);
        var problems = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.RequiredString("format") != Format)
            {
                return [$"the document is not a {Format} proof"];
            }

            if (!root.TryGetProperty("digest", out var digestElement) || digestElement.ValueKind != JsonValueKind.Object)
            {
                return ["the proof is not against a signed digest (make it with --digest)"];
            }

            var digest = LedgerDigest.Parse(digestElement.GetRawText());
            if (!digest.VerifySignature(publicKey))
            {
                problems.Add("the digest's signature does not verify with this public key (another key, or the digest was edited)");
            }

            var subject = root.RequiredString("subject");
            var previous = ConsentHash.Genesis;
            var sequence = 0L;
            foreach (var entry in root.GetProperty("entries").EnumerateArray())
            {
                sequence++;
                var payload = Encoding.UTF8.GetBytes(entry.GetProperty("payload").GetRawText());
                var record = ConsentRecord.Restore(payload, Hash(entry, "previousHash"), Hash(entry, "hash"));
                if (record.Subject.ToString() != subject || record.Sequence != sequence)
                {
                    problems.Add($"entry {sequence} is not entry {sequence} of this subject");
                }

                if (record.PreviousHash != previous)
                {
                    problems.Add($"entry {sequence} does not follow the previous entry's hash (an entry is missing)");
                }

                var path = new List<Digest256>();
                foreach (var node in entry.GetProperty("inclusionProof").EnumerateArray())
                {
                    path.Add(Digest256.TryParseHex(node.GetString(), out var d) ? d : throw ConsentJson.Unknown("inclusionProof"));
                }

                var position = entry.GetProperty("position").GetInt64();
                if (!MerkleTree.VerifyInclusion(position, digest.TreeSize, MerkleTree.Leaf(record.Hash, payload), path, digest.Root))
                {
                    problems.Add($"entry {sequence} is not in the ledger the digest covers (its inclusion proof fails: the entry or the proof was changed)");
                }

                previous = record.Hash;
            }

            if (sequence == 0)
            {
                problems.Add("the proof holds no entries");
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            problems.Add("the document is not a readable proof: " + e.Message);
        }

        return problems;
    }

    /// <summary>Writes the proof document.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteString("subject", Subject.ToString());
        writer.WriteString("generatedAt", GeneratedAt);
        writer.WriteString("hashAlgorithm", Inclusion is null
            ? "hash = SHA-256(previousHash bytes || payload UTF-8 bytes); the first previousHash is 32 zero bytes"
            : "hash = HMAC-SHA256(ledger integrity key, previousHash bytes || payload UTF-8 bytes); the first previousHash is 32 zero bytes");
        writer.WriteStartObject("chain");
        writer.WriteBoolean("intact", Verification.IsIntact);
        writer.WriteNumber("length", Entries.Count);
        writer.WriteString("head", Verification.Head.ToString());
        if (!Verification.IsIntact)
        {
            writer.WriteNumber("brokenAt", Verification.BrokenAt!.Value);
            writer.WriteString("problem", Verification.Problem);
        }

        writer.WriteEndObject();
        if (Inclusion is { } inclusion)
        {
            writer.WriteStartObject("ledger");
            writer.WriteString("id", inclusion.LedgerId);
            writer.WriteBoolean("intact", inclusion.Ledger.IsIntact);
            writer.WriteNumber("treeSize", inclusion.TreeSize);
            writer.WriteString("rootHash", inclusion.RootHash);
            writer.WriteString("treeAlgorithm", "RFC 9162 Merkle tree, SHA-256; leaf = SHA-256(0x00 || hash || payload); inclusionProof is the audit path from the leaf at position");
            writer.WriteStartArray("problems");
            foreach (var problem in inclusion.Ledger.Problems)
            {
                writer.WriteStringValue(problem);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if (inclusion.Digest is { } digest)
            {
                writer.WritePropertyName("digest");
                digest.WriteTo(writer);
            }
        }

        writer.WriteStartArray("entries");
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            writer.WriteStartObject();
            writer.WriteNumber("sequence", entry.Sequence);
            if (entry.Position is { } position)
            {
                writer.WriteNumber("position", position);
            }

            writer.WriteString("kind", entry.Event.Kind);
            writer.WriteString("previousHash", entry.PreviousHash.ToString());
            writer.WriteString("hash", entry.Hash.ToString());
            writer.WritePropertyName("payload");
            writer.WriteRawValue(entry.Payload.Span, skipInputValidation: true);
            if (Inclusion is { } proven && i < proven.Paths.Count)
            {
                writer.WriteStartArray("inclusionProof");
                foreach (var node in proven.Paths[i])
                {
                    writer.WriteStringValue(node.ToHex());
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The proof document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ConsentJson.Indented(WriteTo);

    private static ConsentHash Hash(JsonElement entry, string name) =>
        ConsentHash.TryParse(entry.RequiredString(name), out var hash) ? hash : throw ConsentJson.Unknown(name);
}
