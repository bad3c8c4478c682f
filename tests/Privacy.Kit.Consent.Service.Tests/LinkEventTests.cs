using System.Net;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary><c>POST /v1/events</c> with <c>kind: link</c>: identifiers that belong to one person.</summary>
public sealed class LinkEventTests : IAsyncLifetime
{
    private const string Call = """{"subject": "06-12345678", "purpose": "direct-marketing", "channel": "phone", "at": "2026-06-15T11:00:00+02:00"}""";
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_link_is_recorded_in_the_chain_of_every_identifier_and_answered_201_with_the_subjects_entry()
    {
        using var dialer = _server.Client(TestKeys.Dialer);

        using var response = await dialer.PostJsonAsync("/v1/events", """{"subject": "+31612345678", "kind": "link", "others": ["Jan@Example.nl", "C-42"], "method": "customer file"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var phone = Assert.Single(_server.Ledger.ReadChain(_server.Pseudonymizer.Pseudonymize(SubjectId.Phone("0612345678"))));
        Assert.Equal(phone.Hash.ToString(), body.GetProperty("hash").GetString());
        var link = Assert.IsType<IdentifiersLinked>(phone.Event);
        Assert.Equal("customer file", link.Method);
        Assert.Equal([_server.Pseudonymizer.Pseudonymize(SubjectId.Email("jan@example.nl")), _server.Pseudonymizer.Pseudonymize(SubjectId.Customer("C-42"))], link.Others);
        Assert.IsType<IdentifiersLinked>(Assert.Single(_server.Ledger.ReadChain(_server.Pseudonymizer.Pseudonymize(SubjectId.Customer("C-42")))).Event);
    }

    [Fact]
    public async Task An_objection_under_a_linked_email_address_denies_the_call_to_the_number()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", """{"subject": "+31612345678", "kind": "consent-given", "purpose": "direct-marketing", "channel": "phone", "at": "2026-01-10T10:00:00Z"}""")).Dispose();
        (await dialer.PostJsonAsync("/v1/events", """{"subject": "0612345678", "kind": "link", "others": ["jan@example.nl"], "at": "2026-01-11T10:00:00Z"}""")).Dispose();
        using (var allowed = await dialer.PostJsonAsync("/v1/decisions", Call))
        {
            Assert.True((await allowed.JsonAsync()).GetProperty("allowed").GetBoolean());
        }

        (await dialer.PostJsonAsync("/v1/events", """{"subject": "jan@example.nl", "kind": "objection", "at": "2026-02-01T10:00:00Z"}""")).Dispose();

        using var denied = await dialer.PostJsonAsync("/v1/decisions", Call);
        var decision = await denied.JsonAsync();
        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal("objection", decision.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"subject": "+31612345678", "kind": "link"}""")]
    [InlineData("""{"subject": "+31612345678", "kind": "link", "others": []}""")]
    [InlineData("""{"subject": "+31612345678", "kind": "link", "others": ["0612345678"]}""")]
    [InlineData("""{"subject": "+31612345678", "kind": "link", "others": ["611112222"]}""")]
    [InlineData("""{"subject": "+31612345678", "kind": "link", "others": [42]}""")]
    public async Task A_link_without_another_readable_identifier_is_400_naming_others_and_records_nothing(string json)
    {
        using var dialer = _server.Client(TestKeys.Dialer);

        using var response = await dialer.PostJsonAsync("/v1/events", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("others", out _));
        Assert.Equal(0L, _server.Ledger.VerifyAll().Entries);
    }
}
