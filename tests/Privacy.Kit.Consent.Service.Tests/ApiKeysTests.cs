using Privacy.Kit.Consent.Service.Auth;

namespace Privacy.Kit.Consent.Service.Tests;

public sealed class ApiKeysTests
{
    [Fact]
    public void A_key_is_found_with_its_name_and_scopes()
    {
        var keys = ApiKeys.Parse(TestKeys.Json);

        var client = keys.Find(TestKeys.Dialer);

        Assert.Equal("acme-dialer", client?.Name);
        Assert.Equal(new HashSet<string> { "decide", "record" }, client?.Scopes);
    }

    [Fact]
    public void A_key_may_be_given_as_its_sha256_so_the_file_holds_no_key()
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("auditor-key-0123456789abcdef"u8));

        var keys = ApiKeys.Parse($$"""[{"name": "auditor", "sha256": "{{hash}}", "scopes": ["proof"]}]""");

        Assert.Equal("auditor", keys.Find("auditor-key-0123456789abcdef")?.Name);
        Assert.Null(keys.Find("auditor-key-0123456789abcdeF"));
    }

    [Theory]
    [InlineData("""[{"name": "mixed", "key": "mixed-key-0123456789abcdef", "scopes": ["decide", "proof"]}]""", "may not also read histories")]
    [InlineData("""[{"name": "short", "key": "short", "scopes": ["decide"]}]""", "at least 22")]
    [InlineData("""[{"name": "odd", "key": "odd-key-0123456789abcdefgh", "scopes": ["admin"]}]""", "unknown scope 'admin'")]
    [InlineData("""[{"key": "nameless-key-0123456789abc", "scopes": ["decide"]}]""", "no \"name\"")]
    [InlineData("""[{"name": "a", "key": "same-key-0123456789abcdefg", "scopes": ["decide"]}, {"name": "b", "key": "same-key-0123456789abcdefg", "scopes": ["proof"]}]""", "the same key as 'a'")]
    [InlineData("""[]""", "no keys")]
    [InlineData("""{"name": "x"}""", "JSON array")]
    public void An_unusable_keys_file_is_refused_saying_why(string json, string message)
    {
        var error = Assert.Throws<ApiKeyFileException>(() => ApiKeys.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
