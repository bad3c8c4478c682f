namespace Privacy.Kit.Benchmarks.Serilog;

/// <summary>A customer as contact-center code logs it with <c>{@Customer}</c>.</summary>
public sealed class SerilogCustomer
{
    public int Id { get; init; }

    [PersonName]
    public string Name { get; init; } = "";

    [Email]
    public string Email { get; init; } = "";

    [PhoneNumber]
    public string Phone { get; init; } = "";

    public string Segment { get; init; } = "";
}
