using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>
/// A signed statement of a whole ledger at one moment, as SQL Server Ledger's database digests and Certificate
/// Transparency's signed tree heads (RFC 9162) are: the ledger's id, how many entries it held, the Merkle root
/// over them, and when. Signed with ECDSA P-256 over SHA-256 (signature in IEEE P1363 form, r || s). Whoever keeps
/// a digest where the ledger's operator cannot change it can later prove that the ledger still holds exactly those
/// entries, in that order, and at most more.
/// </summary>
public sealed class LedgerDigest
{
    /// <summary>The format name written into the document and signed with it.</summary>
    public const string Format = "privacy-kit/consent-digest/1";

    private const string P256Oid = "1.2.840.10045.3.1.7";
    private readonly byte[] _signature;

    private LedgerDigest(string ledgerId, long treeSize, Digest256 root, string createdAt, byte[] signature)
    {
        LedgerId = ledgerId;
        TreeSize = treeSize;
        Root = root;
        CreatedAtText = createdAt;
        CreatedAt = DateTimeOffset.Parse(createdAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        _signature = signature;
    }

    /// <summary>The ledger the digest is of.</summary>
    public string LedgerId { get; }

    /// <summary>How many entries the ledger held: the digest covers the first <see cref="TreeSize"/> entries.</summary>
    public long TreeSize { get; }

    /// <summary>The Merkle root over those entries, 64 lower-case hexadecimal characters.</summary>
    public string RootHash => Root.ToHex();

    /// <summary>When the digest was made.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The signature, in IEEE P1363 form (r || s).</summary>
    public ReadOnlyMemory<byte> Signature => _signature;

    internal Digest256 Root { get; }

    private string CreatedAtText { get; }

    /// <summary>Reads an ECDSA P-256 private key in PEM: PKCS#8 (<c>BEGIN PRIVATE KEY</c>) or SEC1 (<c>BEGIN EC PRIVATE KEY</c>, as <c>openssl ecparam -name prime256v1 -genkey -noout</c> writes it).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text holds no EC private key, or one on another curve.</exception>
    public static ECDsa ReadPrivateKey(string pem) => ReadKey(pem, requirePrivate: true);

    /// <summary>Reads an ECDSA P-256 public key in PEM (<c>BEGIN PUBLIC KEY</c>, as <c>openssl ec -pubout</c> writes it); a private key is accepted too.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text holds no EC key, or one on another curve.</exception>
    public static ECDsa ReadPublicKey(string pem) => ReadKey(pem, requirePrivate: false);

    /// <summary>Reads a digest document written by <see cref="ToJson"/>. It does not check the signature: <see cref="VerifySignature"/> does.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="FormatException">The document is not a digest.</exception>
    public static LedgerDigest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.RequiredString("format") != Format)
            {
                throw new FormatException($"The document is not a {Format} digest.");
            }

            var size = root.TryGetProperty("treeSize", out var n) ? n.GetInt64() : throw ConsentJson.Missing("treeSize");
            return new LedgerDigest(
                root.RequiredString("ledgerId"),
                size >= 0 ? size : throw ConsentJson.Unknown("treeSize"),
                Digest256.TryParseHex(root.RequiredString("rootHash"), out var hash) ? hash : throw ConsentJson.Unknown("rootHash"),
                root.RequiredString("createdAt"),
                Convert.FromBase64String(root.RequiredString("signature")));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("The document is not a consent ledger digest: " + e.Message, e);
        }
    }

    /// <summary>Whether the digest is signed with the private key of <paramref name="publicKey"/> and unchanged since.</summary>
    /// <param name="publicKey">The public key.</param>
    /// <returns>Whether the signature verifies.</returns>
    public bool VerifySignature(ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        try
        {
            return publicKey.VerifyData(SignedBytes(LedgerId, TreeSize, Root, CreatedAtText), _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The digest document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ConsentJson.Indented(WriteTo);

    /// <summary>Writes the digest document.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteString("ledgerId", LedgerId);
        writer.WriteNumber("treeSize", TreeSize);
        writer.WriteString("rootHash", RootHash);
        writer.WriteString("createdAt", CreatedAtText);
        writer.WriteString("treeAlgorithm", "RFC 9162 Merkle tree, SHA-256; leaf = SHA-256(0x00 || entry hash || entry payload)");
        writer.WriteString("signatureAlgorithm", "ECDSA P-256 SHA-256, IEEE P1363 (r || s)");
        writer.WriteString("signedText", "format \\n ledgerId \\n treeSize \\n rootHash \\n createdAt, UTF-8");
        writer.WriteString("signature", Convert.ToBase64String(_signature));
        writer.WriteEndObject();
    }

    internal static LedgerDigest Sign(string ledgerId, long treeSize, Digest256 root, DateTimeOffset createdAt, ECDsa key)
    {
        var text = createdAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var signature = key.SignData(SignedBytes(ledgerId, treeSize, root, text), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new LedgerDigest(ledgerId, treeSize, root, text, signature);
    }

    private static byte[] SignedBytes(string ledgerId, long treeSize, Digest256 root, string createdAt) =>
        Encoding.UTF8.GetBytes(string.Join('\n', Format, ledgerId, treeSize.ToString(CultureInfo.InvariantCulture), root.ToHex(), createdAt));

    private static ECDsa ReadKey(string pem, bool requirePrivate)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            var parameters = key.ExportParameters(includePrivateParameters: false);
            if (parameters.Curve.Oid?.Value != P256Oid && parameters.Curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
            {
                throw new FormatException("The key is not on the P-256 curve (prime256v1).");
            }

            if (requirePrivate && !pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                throw new FormatException("The PEM holds a public key; signing needs the private key.");
            }

            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new FormatException("The PEM text holds no EC P-256 key: " + e.Message, e);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
