using BenchmarkDotNet.Attributes;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Benchmarks.Consent;

/// <summary>
/// What the keyed chain adds to an append, per entry: the unkeyed link of format 1 (SHA-256 over previous hash and
/// payload) as the baseline, the keyed link of format 2 (HMAC-SHA256 with the integrity key), and everything the
/// evidence adds per entry (the keyed link, the Merkle leaf, the frontier, and one checkpoint seal and root as a
/// commit of one entry writes them).
/// </summary>
[MemoryDiagnoser]
public class ChainHashBenchmarks
{
    private SubjectPseudonymizer _pseudonymizer = null!;
    private ChainKey _key = null!;
    private ConsentRecord _record = null!;
    private MerkleFrontier _frontier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pseudonymizer = ConsentBenchmarkData.Pseudonymizer();
        _key = ChainKey.From(_pseudonymizer);
        var subject = _pseudonymizer.Pseudonymize(ConsentBenchmarkData.Subject(0));
        _record = ConsentRecord.Create(subject, 1, ConsentHash.Genesis, ConsentBenchmarkData.History(0).Last(), ConsentBenchmarkData.CallMoment);
        _frontier = new MerkleFrontier();
        for (var i = 0; i < 1_000_003; i++)
        {
            _frontier.Append(default);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pseudonymizer.Dispose();

    [Benchmark(Baseline = true)]
    public ConsentHash Unkeyed_link() => ConsentRecord.ComputeHash(_record.PreviousHash, _record.Payload.Span);

    [Benchmark]
    public ConsentHash Keyed_link() => _key.Link(_record.PreviousHash, _record.Payload.Span);

    [Benchmark]
    public bool Keyed_link_leaf_and_checkpoint_on_a_million_entries()
    {
        var hash = _key.Link(_record.PreviousHash, _record.Payload.Span);
        var frontier = _frontier.Copy();
        frontier.Append(MerkleTree.Leaf(hash, _record.Payload.Span));
        return _key.Seal(frontier.Size, frontier.Root()).Equals(default);
    }
}
