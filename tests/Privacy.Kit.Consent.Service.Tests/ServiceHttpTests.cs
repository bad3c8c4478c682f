using System.Net;
using System.Text.Json;

namespace Privacy.Kit.Consent.Service.Tests;

public sealed class ServiceHttpTests : IAsyncLifetime
{
    private const string Objection = """{"subject": "+31612345678", "kind": "objection"}""";
    private const string MarketingCall = """{"subject": "+31 6 12345678", "purpose": "direct-marketing", "channel": "phone"}""";
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_bare_objection_is_recorded_and_answered_201_with_its_sequence_and_hash()
    {
        using var dialer = _server.Client(TestKeys.Dialer);

        using var response = await dialer.PostJsonAsync("/v1/events", Objection);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(1, body.GetProperty("sequence").GetInt64());
        var stored = Assert.Single(_server.Ledger.ReadChain(_server.Pseudonymizer.Pseudonymize(SubjectId.Phone("+31612345678"))));
        Assert.Equal(stored.Hash.ToString(), body.GetProperty("hash").GetString());
        Assert.IsType<ObjectionRecorded>(stored.Event);
    }

    [Fact]
    public async Task A_decision_answers_with_the_check_json_and_is_stored_as_evidence()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", Objection)).Dispose();

        using var response = await dialer.PostJsonAsync("/v1/decisions", MarketingCall);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = await response.JsonAsync();
        Assert.False(decision.GetProperty("allowed").GetBoolean());
        Assert.Equal("objection", decision.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.StartsWith("nl-", decision.GetProperty("ruleSetVersion").GetString(), StringComparison.Ordinal);
        var chain = _server.Ledger.ReadChain(_server.Pseudonymizer.Pseudonymize(SubjectId.Phone("+31612345678")));
        Assert.IsType<ContactDecisionRecorded>(chain[^1].Event);
    }

    [Fact]
    public async Task The_auditor_reads_a_persons_proof_with_every_acknowledged_event()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        using var recorded = await dialer.PostJsonAsync("/v1/events", Objection);
        var hash = (await recorded.JsonAsync()).GetProperty("hash").GetString();
        using var auditor = _server.Client(TestKeys.Auditor);

        using var response = await auditor.GetAsync("/v1/subjects/+31612345678/proof");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var proof = await response.JsonAsync();
        Assert.True(proof.GetProperty("chain").GetProperty("intact").GetBoolean());
        Assert.Contains(proof.GetProperty("entries").EnumerateArray(), entry => entry.GetProperty("hash").GetString() == hash);
    }

    [Fact]
    public async Task The_digest_is_signed_with_the_servers_key_and_the_ledger_verifies_against_it()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", Objection)).Dispose();
        using var auditor = _server.Client(TestKeys.Auditor);

        using var response = await auditor.GetAsync("/v1/digest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var digest = LedgerDigest.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1L, digest.TreeSize);
        Assert.True(_server.Ledger.VerifyAgainst(digest, _server.SigningKey).IsIntact);
    }

    [Fact]
    public async Task A_dialer_key_cannot_read_the_digest()
    {
        using var dialer = _server.Client(TestKeys.Dialer);

        using var response = await dialer.GetAsync("/v1/digest");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_person_without_history_has_no_proof()
    {
        using var auditor = _server.Client(TestKeys.Auditor);

        using var response = await auditor.GetAsync("/v1/subjects/jan@example.nl/proof");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-known-key-0123456789")]
    public async Task A_missing_or_unknown_key_is_401(string? key)
    {
        using var client = _server.Client(key);

        using var response = await client.PostJsonAsync("/v1/decisions", MarketingCall);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_dialer_key_never_reads_a_persons_history()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", Objection)).Dispose();

        using var response = await dialer.GetAsync("/v1/subjects/+31612345678/proof");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("entries", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestKeys.Auditor, "/v1/decisions")]
    [InlineData(TestKeys.Auditor, "/v1/events")]
    [InlineData(TestKeys.DigestOnly, "/v1/decisions")]
    public async Task A_key_without_the_endpoints_scope_is_403(string key, string path)
    {
        using var client = _server.Client(key);

        using var response = await client.PostJsonAsync(path, path.EndsWith("events", StringComparison.Ordinal) ? Objection : MarketingCall);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_server.Ledger.VerifyAll().Broken);
        Assert.Equal(0L, _server.Ledger.VerifyAll().Entries);
    }

    [Theory]
    [InlineData("/v1/decisions", """{"subject": "+31612345678", "channel": "phone"}""", "purpose")]
    [InlineData("/v1/decisions", """{"subject": "+31612345678", "purpose": "cold-calling", "channel": "phone"}""", "purpose")]
    [InlineData("/v1/decisions", """{"subject": "+31612345678", "purpose": "service", "channel": "fax"}""", "channel")]
    [InlineData("/v1/decisions", """{"subject": "+31612345678", "purpose": "service", "channel": "phone", "at": "yesterday"}""", "at")]
    [InlineData("/v1/decisions", """{"subject": "+31612345678", "purpose": "service", "channel": "phone", "jurisdiction": "DE"}""", "jurisdiction")]
    [InlineData("/v1/decisions", """{"subject": "+31612345678", "purpose": "service", "channel": "phone", "chanel": "sms"}""", "chanel")]
    [InlineData("/v1/decisions", """{"purpose": "service", "channel": "phone"}""", "subject")]
    [InlineData("/v1/decisions", """{"subject": "jan@", "purpose": "service", "channel": "phone"}""", "subject")]
    [InlineData("/v1/decisions", """["+31612345678"]""", "body")]
    [InlineData("/v1/decisions", """{"subject": """, "body")]
    [InlineData("/v1/events", """{"subject": "+31612345678", "kind": "opt-out"}""", "kind")]
    [InlineData("/v1/events", """{"subject": "+31612345678", "kind": "consent-given", "purpose": "direct-marketing"}""", "channel")]
    [InlineData("/v1/events", """{"subject": "+31612345678", "kind": "objection", "subjectKind": "fax"}""", "subjectKind")]
    [InlineData("/v1/events", """{"subject": "+31612345678", "kind": "contact-made", "purpose": "service", "channel": "phone", "identificationGiven": "yes"}""", "identificationGiven")]
    [InlineData("/v1/events", """{"subject": "+31612345678", "kind": "consent-given", "purpose": "direct-marketing", "channel": "phone", "at": "2026-03-01T10:00:00Z", "validUntil": "2026-02-01T10:00:00Z"}""", "validUntil")]
    public async Task Bad_input_is_400_problem_json_naming_the_field_and_records_nothing(string path, string json, string field)
    {
        using var dialer = _server.Client(TestKeys.Dialer);

        using var response = await dialer.PostJsonAsync(path, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0L, _server.Ledger.VerifyAll().Entries);
    }

    [Fact]
    public async Task Health_answers_200_without_a_key_while_the_ledger_answers()
    {
        using var anyone = _server.Client(null);

        using var response = await anyone.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var anyone = _server.Client(null);

        using var response = await anyone.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.JsonAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/v1/decisions", "/v1/events", "/v1/subjects/{subject}/proof", "/v1/digest", "/health" }, paths);
    }

    [Fact]
    public async Task The_log_holds_no_phone_number_email_address_or_key()
    {
        using (var dialer = _server.Client(TestKeys.Dialer))
        using (var auditor = _server.Client(TestKeys.Auditor))
        using (var stranger = _server.Client("stranger-key-5Hq8Lr2Wm6Tz"))
        {
            (await dialer.PostJsonAsync("/v1/events", """{"subject": "+31698765432", "kind": "objection"}""")).Dispose();
            (await dialer.PostJsonAsync("/v1/events", """{"subject": "Piet.Jansen@example.nl", "kind": "objection"}""")).Dispose();
            (await dialer.PostJsonAsync("/v1/decisions", """{"subject": "Piet.Jansen@example.nl", "purpose": "direct-marketing", "channel": "email"}""")).Dispose();
            (await dialer.PostJsonAsync("/v1/decisions", """{"subject": "+31698765432", "purpose": "bogus", "channel": "phone"}""")).Dispose();
            (await auditor.GetAsync("/v1/subjects/+31698765432/proof")).Dispose();
            (await auditor.GetAsync("/v1/subjects/Piet.Jansen%40example.nl/proof")).Dispose();
            (await stranger.GetAsync("/v1/subjects/+31698765432/proof")).Dispose();
        }

        var log = await _server.LogHoldingAsync("/v1/subjects/{subject}/proof 200", "/v1/decisions 400");

        Assert.Contains("/v1/subjects/{subject}/proof 200", log, StringComparison.Ordinal);
        Assert.Contains("/v1/decisions 400", log, StringComparison.Ordinal);
        foreach (var secret in new[] { "98765432", "Piet.Jansen", "Jansen@example", TestKeys.Dialer, TestKeys.Auditor, "stranger-key", TestKeys.LedgerKey })
        {
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_decision_on_a_damaged_ledger_is_500_problem_json_saying_it_failed_verification()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", Objection)).Dispose();
        _server.Tamper("UPDATE entries SET kind = 'contact-decision' WHERE kind = 'objection'");

        using var response = await dialer.PostJsonAsync("/v1/decisions", MarketingCall);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("urn:privacy-kit:problem:consent-ledger-damaged", problem.GetProperty("type").GetString());
        Assert.Contains("failed verification, so nothing was decided", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_ledger_is_logged_by_route_without_the_subject_or_a_stack_trace()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", Objection)).Dispose();
        _server.Tamper("UPDATE entries SET kind = 'contact-decision' WHERE kind = 'objection'");

        (await dialer.PostJsonAsync("/v1/decisions", MarketingCall)).Dispose();

        var log = await _server.LogHoldingAsync("/v1/decisions refused: the consent ledger failed verification", "/v1/decisions 500");
        Assert.Contains("/v1/decisions refused: the consent ledger failed verification", log, StringComparison.Ordinal);
        var pseudonym = _server.Pseudonymizer.Pseudonymize(SubjectId.Phone("+31612345678")).ToString();
        Assert.DoesNotContain(pseudonym, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at Privacy.Kit", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_of_a_ledger_that_does_not_verify_is_500_problem_json_and_signs_nothing()
    {
        using var dialer = _server.Client(TestKeys.Dialer);
        (await dialer.PostJsonAsync("/v1/events", Objection)).Dispose();
        _server.Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), 'objection', 'objectio_') AS BLOB)");
        using var auditor = _server.Client(TestKeys.Auditor);

        using var response = await auditor.GetAsync("/v1/digest");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("urn:privacy-kit:problem:consent-ledger-damaged", (await response.JsonAsync()).GetProperty("type").GetString());
    }
}
