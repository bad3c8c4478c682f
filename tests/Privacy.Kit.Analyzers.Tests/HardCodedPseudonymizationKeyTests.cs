using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.HardCodedPseudonymizationKeyAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class HardCodedPseudonymizationKeyTests
{
    /// <summary>The shape of Microsoft's HMAC redactor options (Compliance.Redaction is not referenced by the test compilations).</summary>
    private const string HmacOptions = """
        namespace Microsoft.Extensions.Compliance.Redaction
        {
            public class HmacRedactorOptions
            {
                public int KeyId { get; set; }
                public string Key { get; set; } = string.Empty;
            }
        }

        public interface ISecrets { string Get(string name); byte[] GetBytes(string name); }

        """;

    [Fact]
    public Task Message_names_where_the_key_goes() => Verify.VerifyAsync(HmacOptions + """
        static class Setup
        {
            public static void Configure(HmacRedactorOptions options) => options.Key = {|#0:"c2VjcmV0LWtleS1mb3ItaG1hYy1yZWRhY3Rpb24="|};
        }
        """,
        expected: Verify.Diagnostic("PK4002").WithLocation(0).WithArguments("HmacRedactorOptions.Key"));

    [Fact]
    public Task Key_from_configuration_is_clean_beside_a_literal_key_id() => Verify.VerifyCleanAsync(HmacOptions + """
        static class Setup
        {
            public static void Configure(HmacRedactorOptions options, ISecrets secrets)
            {
                options.KeyId = 1;
                options.Key = secrets.Get("Redaction:HmacKey");
            }
        }
        """);

    [Fact]
    public Task Literal_key_in_an_object_initializer_is_reported() => Verify.VerifyAsync(HmacOptions + """
        static class Setup
        {
            public static HmacRedactorOptions Create() => new() { KeyId = 7, Key = [|"0123456789abcdef0123456789abcdef"|] };
        }
        """);

    [Fact]
    public Task Literal_fallback_after_a_configuration_read_is_reported() => Verify.VerifyAsync(HmacOptions + """
        static class Setup
        {
            public static void Configure(HmacRedactorOptions options, ISecrets secrets) => options.Key = [|secrets.Get("HmacKey") ?? "dev-only-key-0123456789"|];
        }
        """);

    [Fact]
    public Task Literal_through_a_local_and_a_constant_is_reported() => Verify.VerifyAsync(HmacOptions + """
        static class Setup
        {
            private const string DefaultKey = "0123456789abcdef0123456789abcdef";

            public static void Configure(HmacRedactorOptions options)
            {
                var key = DefaultKey;
                options.Key = [|key|];
            }
        }
        """);

    [Fact]
    public Task Byte_array_literal_passed_to_an_HMAC_constructor_is_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Hashing
        {
            public static HMACSHA256 Create() => new HMACSHA256([|new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }|]);
        }
        """);

    [Fact]
    public Task Utf8_literal_passed_to_HashData_is_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Hashing
        {
            public static byte[] Pseudonym(byte[] phone) => HMACSHA256.HashData([|"my-secret-key"u8|], phone);
        }
        """);

    [Fact]
    public Task Encoded_literal_is_still_a_literal_key() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Hashing
        {
            public static byte[] Pseudonym(byte[] phone) => HMACSHA512.HashData([|Encoding.UTF8.GetBytes("my-secret-key")|], phone);
            public static HMACSHA1 Legacy() => new HMACSHA1([|Convert.FromBase64String("c2VjcmV0")|]);
        }
        """);

    [Fact]
    public Task Key_from_a_secret_store_passed_to_HMAC_is_clean() => Verify.VerifyCleanAsync("using System.Security.Cryptography;\n" + HmacOptions + """
        static class Hashing
        {
            public static byte[] Pseudonym(ISecrets secrets, byte[] phone) => HMACSHA256.HashData(secrets.GetBytes("PseudonymKey"), phone);
            public static byte[] FromEnvironment(byte[] phone) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("KEY")), phone);
        }
        """);

    [Fact]
    public Task The_data_hashed_may_be_a_literal() => Verify.VerifyCleanAsync("using System.Security.Cryptography;\n" + HmacOptions + """
        static class Hashing
        {
            public static byte[] Fingerprint(ISecrets secrets) => HMACSHA256.HashData(secrets.GetBytes("Key"), "fingerprint"u8.ToArray());
        }
        """);

    [Fact]
    public Task Literal_key_assigned_to_an_HMAC_Key_property_is_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Hashing
        {
            public static HMAC Create()
            {
                var hmac = new HMACSHA384();
                hmac.Key = [|new byte[] { 0x0a, 0x0b, 0x0c }|];
                return hmac;
            }
        }
        """);

    [Fact]
    public Task IncrementalHash_CreateHMAC_with_a_literal_key_is_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Hashing
        {
            public static IncrementalHash Create() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, [|"key-in-source"u8|]);
        }
        """);

    [Fact]
    public Task Literal_key_given_to_the_Privacy_Kit_pseudonymizer_is_reported() => Verify.VerifyAsync("""
        using Privacy.Kit.Consent;
        static class Ledger
        {
            private static readonly byte[] Key = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

            public static SubjectPseudonymizer Create() => new SubjectPseudonymizer([|Key|]);
        }
        """);

    [Fact]
    public Task Random_key_given_to_the_Privacy_Kit_pseudonymizer_is_clean() => Verify.VerifyCleanAsync("""
        using System.Security.Cryptography;
        using Privacy.Kit.Consent;
        static class Ledger
        {
            private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

            public static SubjectPseudonymizer Create() => new SubjectPseudonymizer(Key);
        }
        """);

    [Fact]
    public Task Collection_expression_key_is_reported() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Hashing
        {
            public static HMACSHA256 Create() => new HMACSHA256([|[1, 2, 3, 4]|]);
        }
        """);

    [Fact]
    public Task Empty_placeholder_is_not_a_key() => Verify.VerifyCleanAsync(HmacOptions + """
        static class Setup
        {
            public static void Configure(HmacRedactorOptions options, ISecrets secrets) => options.Key = secrets.Get("HmacKey") ?? string.Empty;
        }
        """);

    [Fact]
    public Task Key_parameter_of_an_unrelated_method_is_not_a_secret() => Verify.VerifyCleanAsync("""
        static class Cache
        {
            public static void Set(string key, string value) { }
            public static void Use() => Set("customer:42", "value");
        }
        """);
}
