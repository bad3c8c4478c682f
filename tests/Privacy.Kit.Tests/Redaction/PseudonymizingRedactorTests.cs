using CsCheck;
using Privacy.Kit.Redaction;

namespace Privacy.Kit.Tests.Redaction;

public class PseudonymizingRedactorTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Pseudonym_starts_with_the_key_id_and_is_deterministic()
    {
        var redactor = new PseudonymizingRedactor("2026a", Key);
        string first = RedactorAssert.Redact(redactor, "customer-4711");
        Assert.StartsWith("2026a:", first, StringComparison.Ordinal);
        Assert.Equal(26, first.Length);
        Assert.Equal(first, RedactorAssert.Redact(new PseudonymizingRedactor("2026a", Key), "customer-4711"));
    }

    [Fact]
    public void Pseudonym_is_the_truncated_hmac_sha256_of_the_utf8_value()
    {
        byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(Key, System.Text.Encoding.UTF8.GetBytes("Zoë"));
        Assert.Equal("k1:" + Convert.ToBase64String(expected, 0, 15), RedactorAssert.Redact(new PseudonymizingRedactor("k1", Key), "Zoë"));
    }

    [Fact]
    public void Different_keys_give_different_pseudonyms()
    {
        byte[] otherKey = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();
        Assert.NotEqual(
            RedactorAssert.Redact(new PseudonymizingRedactor("k1", Key), "customer-4711")[3..],
            RedactorAssert.Redact(new PseudonymizingRedactor("k1", otherKey), "customer-4711")[3..]);
    }

    [Fact]
    public void Values_longer_than_one_encoding_chunk_hash_like_the_one_shot_hmac()
    {
        string value = string.Concat(Enumerable.Repeat("€uro-", 300));
        byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(Key, System.Text.Encoding.UTF8.GetBytes(value));
        Assert.Equal("k1:" + Convert.ToBase64String(expected, 0, 15), RedactorAssert.Redact(new PseudonymizingRedactor("k1", Key), value));
    }

    [Fact]
    public void Precomputed_hmac_equals_the_platform_hmac_for_any_text_and_key_length()
    {
        Gen.Select(Gen.String[Gen.Char, 0, 300], Gen.Byte.Array[32, 130]).Sample((text, key) =>
        {
            Span<byte> mac = stackalloc byte[PrecomputedHmacSha256.MacBytes];
            new PrecomputedHmacSha256(key).Compute(text, mac);
            byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(text));
            Assert.Equal(expected, mac.ToArray());
        }, iter: 500);
    }

    [Fact]
    public void Span_api_allocates_nothing()
    {
        var redactor = new PseudonymizingRedactor("k1", Key);
        var destination = new char[32];
        redactor.Redact("customer-4711", destination);
        long before = GC.GetAllocatedBytesForCurrentThread();
        redactor.Redact("customer-4711", destination);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void To_string_never_shows_the_key()
    {
        string text = new PseudonymizingRedactor("k1", Key).ToString();
        Assert.Contains("k1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Key), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_shorter_than_256_bits_is_rejected() =>
        Assert.Throws<ArgumentException>("key", () => new PseudonymizingRedactor("k1", new byte[31]));

    [Fact]
    public void Null_key_is_rejected_with_its_parameter_name() =>
        Assert.Throws<ArgumentNullException>("key", () => new PseudonymizingRedactor("k1", null!));
}
