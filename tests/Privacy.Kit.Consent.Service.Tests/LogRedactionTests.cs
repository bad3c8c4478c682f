using Privacy.Kit.Consent.Service.Logging;

namespace Privacy.Kit.Consent.Service.Tests;

public sealed class LogRedactionTests
{
    [Fact]
    public void Phone_numbers_and_email_addresses_in_a_log_line_are_masked()
    {
        var redaction = new LogRedaction([]);

        var line = redaction.Redact("fail: lookup for +31698765432 and piet.jansen@example.nl failed");

        Assert.DoesNotContain("98765432", line, StringComparison.Ordinal);
        Assert.DoesNotContain("piet.jansen", line, StringComparison.Ordinal);
        Assert.StartsWith("fail: lookup for ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_servers_secrets_are_hidden_whole()
    {
        var redaction = new LogRedaction(["s3cret-database-password", "s3cret"]);

        Assert.Equal("connecting with *** failed", redaction.Redact("connecting with s3cret-database-password failed"));
    }
}
