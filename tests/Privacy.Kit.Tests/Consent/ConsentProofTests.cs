using System.Text;
using System.Text.Json;
using Privacy.Kit.Consent;
using static Privacy.Kit.Tests.Consent.ConsentScenario;

namespace Privacy.Kit.Tests.Consent;

public sealed class ConsentProofTests
{
    [Fact]
    public void Proof_lists_every_event_and_decision_linked_in_order_and_proven_in_the_ledgers_tree()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        scenario.Ask(BeforeCutOff);

        using var proof = JsonDocument.Parse(scenario.Service.Proof(scenario.Subject).ToJson());
        var root = proof.RootElement;

        Assert.Equal(ConsentProof.Format, root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("chain").GetProperty("intact").GetBoolean());
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["consent-given", "contact-decision"], entries.Select(e => e.GetProperty("kind").GetString()));
        var ledger = root.GetProperty("ledger");
        Assert.True(Digest256.TryParseHex(ledger.GetProperty("rootHash").GetString(), out var treeRoot));
        var previous = ConsentHash.Genesis.ToString();
        foreach (var entry in entries)
        {
            Assert.Equal(previous, entry.GetProperty("previousHash").GetString());
            Assert.True(ConsentHash.TryParse(entry.GetProperty("hash").GetString(), out var hash));
            var leaf = MerkleTree.Leaf(hash, Encoding.UTF8.GetBytes(entry.GetProperty("payload").GetRawText()));
            var path = entry.GetProperty("inclusionProof").EnumerateArray().Select(p => Digest256.TryParseHex(p.GetString(), out var d) ? d : default).ToList();
            Assert.True(MerkleTree.VerifyInclusion(entry.GetProperty("position").GetInt64(), ledger.GetProperty("treeSize").GetInt64(), leaf, path, treeRoot));
            previous = hash.ToString();
        }
    }

    [Fact]
    public void Proof_holds_no_plain_identifier()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");

        var json = scenario.Service.Proof(scenario.Subject).ToJson();

        Assert.DoesNotContain("612345678", json, StringComparison.Ordinal);
        Assert.Contains(scenario.Service.Pseudonymize(scenario.Subject).ToString(), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_json_names_allowed_grounds_reasons_and_obligations()
    {
        var decision = new ConsentScenario().Customer("2024-01-01T00:00:00Z").Ask(AfterCutOff);

        using var json = JsonDocument.Parse(decision.ToJson());
        var root = json.RootElement;

        Assert.False(root.GetProperty("allowed").GetBoolean());
        Assert.Empty(root.GetProperty("grounds").EnumerateArray());
        Assert.Equal("customer-relationship-exception-ended", root.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal("Telecommunicatiewet art. 11.7", root.GetProperty("reasons")[0].GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("obligations").ValueKind);
    }
}
