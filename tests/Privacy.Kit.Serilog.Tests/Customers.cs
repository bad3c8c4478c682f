namespace Privacy.Kit.Serilog.Tests;

public sealed class Customer
{
    public int Id { get; init; }

    [PersonName]
    public string Name { get; init; } = "";

    [Email]
    public string Email { get; init; } = "";

    [PhoneNumber]
    public string? Phone { get; init; }

    public string Segment { get; init; } = "";

    [NotPersonalData(Justification = "Our own desk")]
    public string SupportEmail { get; init; } = "";
}

public sealed record CallRecord(int CallId, [property: FreeText] string Note, [Email] string CallerEmail);

public sealed class Unclassified
{
    public string CustomerEmail { get; init; } = "";

    public string ServerAddress { get; init; } = "";
}

public sealed class Order
{
    public int Number { get; init; }

    public decimal Amount { get; init; }
}

[PersonalData]
public sealed class CustomerNumber(string value)
{
    public override string ToString() => value;
}
