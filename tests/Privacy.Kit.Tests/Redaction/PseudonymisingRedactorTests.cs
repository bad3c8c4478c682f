using Privacy.Kit.Redaction;

namespace Privacy.Kit.Tests.Redaction;

public class PseudonymisingRedactorTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Pseudonym_starts_with_the_key_id_and_is_deterministic()
    {
        var redactor = new PseudonymisingRedactor("2026a", Key);
        string first = RedactorAssert.Redact(redactor, "customer-4711");
        Assert.StartsWith("2026a:", first, StringComparison.Ordinal);
        Assert.Equal(26, first.Length);
        Assert.Equal(first, RedactorAssert.Redact(new PseudonymisingRedactor("2026a", Key), "customer-4711"));
    }

    [Fact]
    public void Pseudonym_is_the_truncated_hmac_sha256_of_the_utf8_value()
    {
        byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(Key, System.Text.Encoding.UTF8.GetBytes("Zoë"));
        Assert.Equal("k1:" + Convert.ToBase64String(expected, 0, 15), RedactorAssert.Redact(new PseudonymisingRedactor("k1", Key), "Zoë"));
    }

    [Fact]
    public void Different_keys_give_different_pseudonyms()
    {
        byte[] otherKey = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();
        Assert.NotEqual(
            RedactorAssert.Redact(new PseudonymisingRedactor("k1", Key), "customer-4711")[3..],
            RedactorAssert.Redact(new PseudonymisingRedactor("k1", otherKey), "customer-4711")[3..]);
    }

    [Fact]
    public void Values_longer_than_one_encoding_chunk_hash_like_the_one_shot_hmac()
    {
        string value = string.Concat(Enumerable.Repeat("€uro-", 300));
        byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(Key, System.Text.Encoding.UTF8.GetBytes(value));
        Assert.Equal("k1:" + Convert.ToBase64String(expected, 0, 15), RedactorAssert.Redact(new PseudonymisingRedactor("k1", Key), value));
    }

    [Fact]
    public void To_string_never_shows_the_key()
    {
        string text = new PseudonymisingRedactor("k1", Key).ToString();
        Assert.Contains("k1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Key), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_shorter_than_256_bits_is_rejected() =>
        Assert.Throws<ArgumentException>("key", () => new PseudonymisingRedactor("k1", new byte[31]));

    [Fact]
    public void Null_key_is_rejected_with_its_parameter_name() =>
        Assert.Throws<ArgumentNullException>("key", () => new PseudonymisingRedactor("k1", null!));
}
