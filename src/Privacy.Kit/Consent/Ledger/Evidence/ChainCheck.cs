namespace Privacy.Kit.Consent;

/// <summary>
/// Checks one person's rows in sequence order against the integrity key: every entry readable, present, in order,
/// linked to its predecessor, unedited, and its row's columns (subject, sequence, kind) the same as its hashed
/// payload says. Stops at the first problem.
/// </summary>
internal sealed class ChainCheck(SubjectPseudonym subject, ChainKey key)
{
    private ConsentHash _previous = ConsentHash.Genesis;
    private long _length;
    private long? _brokenAt;
    private string? _problem;

    public SubjectPseudonym Subject => subject;

    public bool IsBroken => _brokenAt is not null;

    /// <summary>How many entries were checked and found intact.</summary>
    public long Length => _length;

    public void Add(StoredEntry row)
    {
        if (_brokenAt is not null)
        {
            return;
        }

        var expected = _length + 1;
        var problem = Problem(row, expected);
        if (problem is not null)
        {
            (_brokenAt, _problem) = (expected, problem);
            return;
        }

        _previous = row.Hash;
        _length = expected;
    }

    public ChainVerification Result() => new(subject, _length, _previous, _brokenAt, _problem);

    private string? Problem(StoredEntry row, long expected)
    {
        if (row.Problem is not null)
        {
            return $"the entry cannot be read: {row.Problem} (its storage was changed)";
        }

        if (row.Subject != subject)
        {
            return "the entry belongs to another subject";
        }

        if (row.Sequence != expected)
        {
            return $"expected sequence {expected} but found {row.Sequence} (an entry was deleted or moved)";
        }

        if (row.PreviousHash != _previous)
        {
            return "the entry does not follow the previous entry's hash (an entry was deleted, inserted or moved)";
        }

        if (key.Link(row.PreviousHash, row.Payload.Span) != row.Hash)
        {
            return "the entry's content does not match its keyed hash (it was edited, or rewritten without the ledger's key)";
        }

        ConsentRecord record;
        try
        {
            record = ConsentRecord.Restore(row, key);
        }
        catch (FormatException e)
        {
            return "the entry cannot be read: " + e.Message;
        }

        row.Record = record;
        return record.Subject != row.Subject || record.Sequence != row.Sequence ? "the row's subject or sequence differs from what its hashed payload says"
            : !string.Equals(record.Event.Kind, row.Kind, StringComparison.Ordinal) ? $"the kind column says '{row.Kind}' but the hashed payload says '{record.Event.Kind}' (the column was edited)"
            : null;
    }
}
