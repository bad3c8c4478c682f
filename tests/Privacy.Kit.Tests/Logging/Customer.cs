namespace Privacy.Kit.Tests.Logging;

internal sealed class Customer
{
    [PersonName]
    public string Name { get; set; } = string.Empty;

    [Email]
    public string Email { get; set; } = string.Empty;

    [BankAccount]
    public string Iban { get; set; } = string.Empty;

    [IpAddress]
    public string LastLoginIp { get; set; } = string.Empty;

    public string Segment { get; set; } = string.Empty;
}
