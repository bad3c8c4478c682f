using System.Security.Cryptography;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>The server's digest signing key from configuration (<c>--signing-key</c>), or none.</summary>
/// <param name="Key">The ECDSA P-256 private key; null when the server was started without one.</param>
internal sealed record DigestSigner(ECDsa? Key);
