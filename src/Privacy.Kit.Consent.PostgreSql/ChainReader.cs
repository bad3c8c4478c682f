namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>Collects one person's stored rows for verification; a row that cannot be read is where the chain breaks.</summary>
internal sealed class ChainReader(SubjectPseudonym subject)
{
    private readonly List<ConsentRecord> _records = [];
    private string? _unreadable;

    public SubjectPseudonym Subject { get; } = subject;

    public void Add(byte[] payload, byte[] previousHash, byte[] hash)
    {
        if (_unreadable is not null)
        {
            return;
        }

        try
        {
            _records.Add(ConsentRecord.Restore(payload, ConsentHash.FromBytes(previousHash), ConsentHash.FromBytes(hash)));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            _unreadable = "the entry cannot be read (it was edited): " + e.Message;
        }
    }

    public ChainVerification Verify(long recordedLength, ConsentHash recordedHead)
    {
        if (_unreadable is not null)
        {
            var head = _records.Count == 0 ? ConsentHash.Genesis : _records[^1].Hash;
            return new ChainVerification(Subject, _records.Count, head, _records.Count + 1L, _unreadable);
        }

        return ConsentChain.Verify(Subject, _records, recordedLength, recordedHead);
    }
}
