using System.Numerics;
using System.Security.Cryptography;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

/// <summary>
/// What an append and a proof cost on a ledger that already holds many entries, counted in rows read and nodes
/// hashed (not in time): an append must not grow with the ledger, and a proof after the first must read only what
/// was appended since. A version that rescanned the ledger, or rebuilt the tree beside every inclusion path, fails.
/// </summary>
public sealed class LedgerCostTests : IDisposable
{
    private const int People = 100;
    private const int Entries = 3_000;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly SubjectPseudonymizer _pseudonymizer = new(RandomNumberGenerator.GetBytes(32));
    private readonly CountingLedgerStore _store = new();
    private readonly CountedLedger _ledger;

    public LedgerCostTests()
    {
        _ledger = new CountedLedger(_store, _pseudonymizer);
        var batch = new List<(SubjectPseudonym, ConsentEvent)>(Entries);
        for (var i = 0; i < Entries; i++)
        {
            batch.Add((Person(i % People), Event(i)));
        }

        _ledger.AppendBatch(batch);
    }

    [Fact]
    public void An_append_reads_no_rows_of_the_ledger_and_writes_a_checkpoint_of_one_node_per_bit_of_its_size()
    {
        _store.Reset();

        for (var i = 0; i < 50; i++)
        {
            _ledger.Append(Person(i), Event(Entries + i));
        }

        // Nobody else wrote since this instance's last transaction, so the heads it wrote are still current.
        Assert.Equal((0L, 0L, 0L), (_store.SnapshotRows, _store.SubjectReads, _store.HeadReads));
        Assert.Equal(4 + 8 + 32 + (32 * BitOperations.PopCount((ulong)(Entries + 50))), _store.LastCheckpointLength);
    }

    [Fact]
    public void A_writer_reads_the_heads_again_once_another_writer_appended_and_every_chain_stays_intact()
    {
        using var other = new CountedLedger(_store, _pseudonymizer);
        _ledger.Append(Person(1), Event(Entries));
        other.Append(Person(1), Event(Entries + 1));
        _store.Reset();

        var record = _ledger.Append(Person(1), Event(Entries + 2));

        Assert.Equal(1, _store.HeadReads);
        Assert.Equal((Entries / People) + 3, record.Sequence);
        Assert.True(_ledger.VerifyAll().IsIntact);
    }

    [Fact]
    public void A_proof_after_the_first_reads_only_the_entries_appended_since_and_hashes_a_path_per_entry()
    {
        _ledger.Prove(Person(0));
        for (var i = 0; i < 7; i++)
        {
            _ledger.Append(Person(50 + i), Event(Entries + i));
        }

        _store.Reset();
        var hashesBefore = MerkleTree.NodeHashesOnThisThread;
        var proof = _ledger.Prove(Person(1));
        var hashed = MerkleTree.NodeHashesOnThisThread - hashesBefore;

        Assert.True(proof.IsIntact);
        Assert.Equal(Entries / People, proof.Entries.Count);
        Assert.Equal((7L, 1L), (_store.SnapshotRows, _store.SubjectReads));

        // 30 paths of 12 nodes in a tree of 3,007 leaves, plus the checkpoint's and the new entries' few hashes;
        // paths rebuilt from the leaves would hash about 30 x 3,000.
        Assert.InRange(hashed, 0, 30 * 2 * 12 + 200);
    }

    [Fact]
    public void Proofs_made_from_the_kept_tree_check_alone_against_a_digest_taken_after_more_appends()
    {
        _ledger.Prove(Person(0));
        for (var i = 0; i < 13; i++)
        {
            _ledger.Append(Person(i), Event(Entries + i));
        }

        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var digest = _ledger.CreateDigest(signer);
        _ledger.Append(Person(2), Event(Entries + 13));

        foreach (var person in new[] { 0, 2, 12, 99 })
        {
            var proof = _ledger.Prove(Person(person), digest);
            Assert.True(proof.IsIntact);
            Assert.Empty(ConsentProof.Check(proof.ToJson(), signer));
        }
    }

    public void Dispose()
    {
        _ledger.Dispose();
        _pseudonymizer.Dispose();
    }

    private SubjectPseudonym Person(int n) => _pseudonymizer.Pseudonymize(SubjectId.Customer("C-" + n));

    private static ObjectionRecorded Event(int n) => new() { OccurredAt = Start.AddSeconds(n), Method = "phone" };

    private sealed class CountedLedger(IConsentLedgerStore store, SubjectPseudonymizer pseudonymizer)
        : ConsentLedger(store, pseudonymizer, null, "counted");
}
