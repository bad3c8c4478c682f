using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// Everything the ledger holds about one person: every event and decision with its hashes, and whether the chain
/// is intact. <see cref="WriteTo"/> writes the JSON document sent to the person or an auditor; each entry's
/// <c>payload</c> is written exactly as it was hashed, so the hashes can be recomputed from the document.
/// </summary>
public sealed class ConsentProof
{
    /// <summary>The format name written into the document.</summary>
    public const string Format = "privacy-kit/consent-proof/1";

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

    /// <summary>Writes the proof document.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteString("subject", Subject.ToString());
        writer.WriteString("generatedAt", GeneratedAt);
        writer.WriteString("hashAlgorithm", "hash = SHA-256(previousHash bytes || payload UTF-8 bytes); the first previousHash is 32 zero bytes");
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
        writer.WriteStartArray("entries");
        foreach (var entry in Entries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("sequence", entry.Sequence);
            writer.WriteString("kind", entry.Event.Kind);
            writer.WriteString("previousHash", entry.PreviousHash.ToString());
            writer.WriteString("hash", entry.Hash.ToString());
            writer.WritePropertyName("payload");
            writer.WriteRawValue(entry.Payload.Span, skipInputValidation: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The proof document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ConsentJson.Indented(WriteTo);
}
