using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Tests.Vendors;

public sealed class VendorPayloadTests
{
    private static CallRecord Record() => new()
    {
        CallId = "c-1",
        Customer = new Customer { CustomerId = "k-9", Name = "Jan de Vries", Phone = "+31612345678", Bsn = "111222333" },
        Notes = [new CallNote("Wants a callback", VendorFixture.Now)],
        DurationSeconds = 93,
        CustomerEmail = "jan@example.nl",
        CampaignName = "Winter",
    };

    private static JsonNode Serialize(VendorPolicy policy, object payload, Microsoft.Extensions.Compliance.Redaction.IRedactorProvider? redactors = null) =>
        JsonNode.Parse(JsonSerializer.Serialize(payload, VendorFixture.Sharing(policy, redactors: redactors).GetSerializerOptions("AcmeCrm", "Export")))!;

    [Fact]
    public void Allowed_kinds_are_sent_in_nested_objects()
    {
        var json = Serialize(VendorFixture.Policy("Export", ["PersonName", "PersonalData"]), Record());

        Assert.Equal("Jan de Vries", (string?)json["Customer"]!["Name"]);
        Assert.Equal("k-9", (string?)json["Customer"]!["CustomerId"]);
    }

    [Fact]
    public void Kinds_the_policy_does_not_allow_are_omitted()
    {
        var json = Serialize(VendorFixture.Policy("Export", ["PersonName"]), Record());

        Assert.Null(json["Customer"]!["Phone"]);
        Assert.Null(json["Customer"]!["Bsn"]);
        Assert.False(json["Customer"]!.AsObject().ContainsKey("CustomerId"));
    }

    [Fact]
    public void Classified_properties_inside_collections_are_omitted()
    {
        var json = Serialize(VendorFixture.Policy("Export", ["PersonName"]), Record());

        var note = json["Notes"]!.AsArray().Single()!.AsObject();
        Assert.False(note.ContainsKey("Text"));
        Assert.True(note.ContainsKey("At"));
    }

    [Fact]
    public void Unclassified_properties_are_sent()
    {
        var json = Serialize(VendorFixture.Policy("Export", []), Record());

        Assert.Equal(93, (int)json["DurationSeconds"]!);
        Assert.Equal("Winter", (string?)json["CampaignName"]);
    }

    [Fact]
    public void Unclassified_property_named_like_personal_data_is_omitted_by_default()
    {
        var json = Serialize(VendorFixture.Policy("Export", []), Record());

        Assert.False(json.AsObject().ContainsKey("CustomerEmail"));
    }

    [Fact]
    public void Unclassified_property_named_like_personal_data_is_sent_when_the_policy_allows_unclassified_data()
    {
        var json = Serialize(VendorFixture.Policy("Export", [], unclassified: UnclassifiedPersonalData.Allow), Record());

        Assert.Equal("jan@example.nl", (string?)json["CustomerEmail"]);
    }

    [Fact]
    public void NotPersonalData_silences_the_name_heuristics()
    {
        var json = Serialize(VendorFixture.Policy("Export", []), Record());

        Assert.Equal("c-1", (string?)json["CallId"]);
    }

    [Fact]
    public void Redacted_kinds_go_through_the_kinds_redactor()
    {
        var json = Serialize(VendorFixture.Policy("Export", [], redact: ["PhoneNumber"]), Record(), new MaskingRedactorProvider());

        Assert.Equal("**********78", (string?)json["Customer"]!["Phone"]);
    }

    [Fact]
    public void Redacted_kinds_are_omitted_when_no_redactor_is_registered()
    {
        var json = Serialize(VendorFixture.Policy("Export", [], redact: ["PhoneNumber"]), Record());

        Assert.False(json["Customer"]!.AsObject().ContainsKey("Phone"));
    }

    [Fact]
    public void Positional_record_parameters_carry_their_classification()
    {
        var json = Serialize(VendorFixture.Policy("Export", ["EmailAddress"]), new Subscriber("jan@example.nl", "Jan", "asthma"));

        Assert.Equal("jan@example.nl", (string?)json["Email"]);
        Assert.False(json.AsObject().ContainsKey("Name"));
        Assert.False(json.AsObject().ContainsKey("Health"));
    }

    [Fact]
    public void Polymorphic_payloads_filter_each_derived_type()
    {
        CallEvent[] events = [new InboundCall { Number = "+31612345678", SourceIp = "10.1.2.3" }, new OutboundCall { Number = "+31687654321", Agent = "Piet" }];

        var json = Serialize(VendorFixture.Policy("Export", ["PhoneNumber"]), events).AsArray();

        Assert.Equal("inbound", (string?)json[0]!["type"]);
        Assert.Equal("+31612345678", (string?)json[0]!["Number"]);
        Assert.False(json[0]!.AsObject().ContainsKey("SourceIp"));
        Assert.False(json[1]!.AsObject().ContainsKey("Agent"));
    }

    [Fact]
    public void Cyclic_payloads_are_filtered_with_reference_handling()
    {
        var customer = new Customer { Name = "Jan", Phone = "+31612345678" };
        customer.ReferredBy = customer;
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["PersonName"]));
        var options = sharing.CreateSerializerOptions("AcmeCrm", "Export", new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.Preserve });

        var json = JsonNode.Parse(JsonSerializer.Serialize(customer, options))!;

        Assert.Equal("Jan", (string?)json["Name"]);
        Assert.False(json.AsObject().ContainsKey("Phone"));
        Assert.Equal("1", (string?)json["ReferredBy"]!["$ref"]);
    }

    [Fact]
    public void Source_generated_metadata_is_filtered_like_reflection()
    {
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["PersonName"]));
        var options = sharing.CreateSerializerOptions("AcmeCrm", "Export", PayloadContext.Default.Options);

        var json = JsonNode.Parse(JsonSerializer.Serialize(Record(), options.GetTypeInfo(typeof(CallRecord))))!;

        Assert.Equal("Jan de Vries", (string?)json["Customer"]!["Name"]);
        Assert.False(json["Customer"]!.AsObject().ContainsKey("Phone"));
        Assert.False(json.AsObject().ContainsKey("CustomerEmail"));
        Assert.False(json["Notes"]![0]!.AsObject().ContainsKey("Text"));
    }

    [Fact]
    public void Source_generated_positional_records_are_filtered()
    {
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", ["EmailAddress"]));
        var options = sharing.CreateSerializerOptions("AcmeCrm", "Export", PayloadContext.Default.Options);

        var json = JsonNode.Parse(JsonSerializer.Serialize(new Subscriber("jan@example.nl", "Jan", null), options.GetTypeInfo(typeof(Subscriber))))!;

        Assert.Equal("jan@example.nl", (string?)json["Email"]);
        Assert.False(json.AsObject().ContainsKey("Name"));
    }

    [Fact]
    public void Unknown_vendor_is_an_error_naming_the_known_vendors()
    {
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", []));

        var error = Assert.Throws<InvalidOperationException>(() => sharing.GetSerializerOptions("Dialer", "Export"));

        Assert.Contains("'Dialer'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AcmeCrm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_purpose_is_an_error_naming_the_vendors_purposes()
    {
        var sharing = VendorFixture.Sharing(VendorFixture.Policy("Export", []));

        var error = Assert.Throws<InvalidOperationException>(() => sharing.GetSerializerOptions("AcmeCrm", "Marketing"));

        Assert.Contains("Export", error.Message, StringComparison.Ordinal);
    }
}
