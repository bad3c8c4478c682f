namespace Privacy.Kit.Benchmarks.Vendors;

/// <summary>The caller on a <see cref="CallRecordPayload"/>.</summary>
public sealed class CallerPayload
{
    [PersonalData]
    public string CustomerId { get; set; } = "";

    [PersonName]
    public string Name { get; set; } = "";

    [PhoneNumber]
    public string Phone { get; set; } = "";

    [Email]
    public string Email { get; set; } = "";

    [PostalAddress]
    public string Address { get; set; } = "";

    [DateOfBirth]
    public DateOnly DateOfBirth { get; set; }
}
