using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Consent.Service.Auth;

/// <summary>
/// The bearer keys from the keys file, a JSON array of <c>{"name", "key", "scopes"}</c> (or <c>"sha256"</c>, the
/// hexadecimal SHA-256 of the key, instead of <c>"key"</c>). Only SHA-256 hashes of the keys are kept in memory;
/// a presented key is hashed and compared with every stored hash in constant time, so neither the match nor
/// its position shows in the timing. A dialer key (<c>decide</c>, <c>record</c>) may not also read histories
/// (<c>proof</c>): the file is refused.
/// </summary>
public sealed class ApiKeys
{
    /// <summary>Shorter keys can be guessed; 128 bits written as base64 are 22 characters.</summary>
    internal const int MinimumKeyLength = 22;

    private readonly (byte[] Hash, ApiClient Client)[] _keys;

    private ApiKeys((byte[] Hash, ApiClient Client)[] keys) => _keys = keys;

    /// <summary>Reads the keys file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The keys.</returns>
    /// <exception cref="ApiKeyFileException">The file is missing, not JSON of that shape, or an entry is unusable.</exception>
    public static ApiKeys Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ApiKeyFileException($"'{path}' cannot be read: {e.Message}");
        }

        try
        {
            return Parse(json);
        }
        catch (JsonException e)
        {
            throw new ApiKeyFileException($"'{path}' is not JSON: {e.Message}");
        }
        catch (ApiKeyFileException e)
        {
            throw new ApiKeyFileException($"'{path}': {e.Message}");
        }
    }

    /// <summary>Reads the keys from the keys file's JSON.</summary>
    /// <param name="json">The JSON array.</param>
    /// <returns>The keys.</returns>
    /// <exception cref="ApiKeyFileException">An entry is unusable.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static ApiKeys Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new ApiKeyFileException("expected a JSON array of {\"name\", \"key\", \"scopes\"} entries.");
        }

        var keys = new List<(byte[], ApiClient)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var at = $"entry {index++}";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new ApiKeyFileException($"{at} is not an object.");
            }

            var name = Text(entry, "name") ?? throw new ApiKeyFileException($"{at} has no \"name\".");
            at = $"entry {index - 1} ('{name}')";
            if (!names.Add(name))
            {
                throw new ApiKeyFileException($"{at}: the name is used twice.");
            }

            var hash = KeyHash(entry, at);
            var scopes = Scopes(entry, at);
            if ((scopes.Contains(ApiScope.Decide) || scopes.Contains(ApiScope.Record)) && scopes.Contains(ApiScope.Proof))
            {
                throw new ApiKeyFileException($"{at}: a dialer key (decide, record) may not also read histories (proof); give the auditor a key of its own.");
            }

            foreach (var (existing, client) in keys)
            {
                if (CryptographicOperations.FixedTimeEquals(existing, hash))
                {
                    throw new ApiKeyFileException($"{at}: the same key as '{client.Name}'.");
                }
            }

            keys.Add((hash, new ApiClient(name, scopes)));
        }

        return keys.Count > 0 ? new ApiKeys([.. keys]) : throw new ApiKeyFileException("no keys: nobody could call the service.");
    }

    /// <summary>The client a presented key belongs to, or null for an unknown key. Every stored key is compared, always.</summary>
    /// <param name="presented">The key from the <c>Authorization: Bearer</c> header.</param>
    /// <returns>The client, or null.</returns>
    internal ApiClient? Find(ReadOnlySpan<char> presented)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(presented, hash);
        ApiClient? found = null;
        foreach (var (stored, client) in _keys)
        {
            // No early exit: the time taken does not depend on which key matched, or whether one did.
            if (CryptographicOperations.FixedTimeEquals(stored, hash))
            {
                found = client;
            }
        }

        return found;
    }

    private static void Hash(ReadOnlySpan<char> key, Span<byte> destination)
    {
        var bytes = Encoding.UTF8.GetBytes(key.ToArray());
        try
        {
            SHA256.HashData(bytes, destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static byte[] KeyHash(JsonElement entry, string at)
    {
        var key = Text(entry, "key");
        var sha256 = Text(entry, "sha256");
        if ((key is null) == (sha256 is null))
        {
            throw new ApiKeyFileException($"{at} needs exactly one of \"key\" and \"sha256\".");
        }

        if (key is not null)
        {
            if (key.Length < MinimumKeyLength)
            {
                throw new ApiKeyFileException($"{at}: the key has {key.Length} characters; at least {MinimumKeyLength} are needed (openssl rand -base64 32).");
            }

            var hash = new byte[SHA256.HashSizeInBytes];
            Hash(key, hash);
            return hash;
        }

        try
        {
            var hash = Convert.FromHexString(sha256!);
            return hash.Length == SHA256.HashSizeInBytes ? hash : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ApiKeyFileException($"{at}: \"sha256\" must be 64 hexadecimal characters (printf %s KEY | sha256sum).");
        }
    }

    private static HashSet<string> Scopes(JsonElement entry, string at)
    {
        if (!entry.TryGetProperty("scopes", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new ApiKeyFileException($"{at} needs \"scopes\": a list of {string.Join(", ", ApiScope.All)}.");
        }

        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in list.EnumerateArray())
        {
            var value = scope.ValueKind == JsonValueKind.String ? scope.GetString()! : "";
            if (!ApiScope.All.Contains(value))
            {
                throw new ApiKeyFileException($"{at}: unknown scope '{value}'; expected {string.Join(", ", ApiScope.All)}.");
            }

            scopes.Add(value);
        }

        return scopes;
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
