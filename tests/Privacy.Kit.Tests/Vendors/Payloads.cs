using System.Text.Json.Serialization;
using Privacy.Kit;

namespace Privacy.Kit.Tests.Vendors;

public sealed class CallRecord
{
    [NotPersonalData(Justification = "Our own call id")]
    public string CallId { get; set; } = "";

    public Customer Customer { get; set; } = new();

    public List<CallNote> Notes { get; set; } = [];

    public int DurationSeconds { get; set; }

    public string? CustomerEmail { get; set; }

    public string CampaignName { get; set; } = "";
}

public sealed class Customer
{
    [PersonalData]
    public string CustomerId { get; set; } = "";

    [PersonName]
    public string Name { get; set; } = "";

    [PhoneNumber]
    public string Phone { get; set; } = "";

    [NationalId]
    public string? Bsn { get; set; }

    public Customer? ReferredBy { get; set; }
}

public sealed record CallNote([FreeText] string Text, DateTimeOffset At);

public sealed record Subscriber([property: Email] string Email, [PersonName] string Name, [SensitivePersonalData] string? Health);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(InboundCall), "inbound")]
[JsonDerivedType(typeof(OutboundCall), "outbound")]
public abstract class CallEvent
{
    [PhoneNumber]
    public string Number { get; set; } = "";
}

public sealed class InboundCall : CallEvent
{
    [IpAddress]
    public string? SourceIp { get; set; }
}

public sealed class OutboundCall : CallEvent
{
    [PersonName]
    public string Agent { get; set; } = "";
}

[JsonSerializable(typeof(CallRecord))]
[JsonSerializable(typeof(Subscriber))]
internal sealed partial class PayloadContext : JsonSerializerContext;
