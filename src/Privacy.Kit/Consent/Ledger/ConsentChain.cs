namespace Privacy.Kit.Consent;

/// <summary>Checks a person's chain: every entry present, in order, unedited, and linked to its predecessor.</summary>
public static class ConsentChain
{
    /// <summary>Verifies the entries of one person, in stored order.</summary>
    /// <param name="subject">The person.</param>
    /// <param name="records">Every entry of the person, in the order the ledger returns them.</param>
    /// <param name="expectedLength">The length the ledger recorded separately, if any: catches deletion of the last entries.</param>
    /// <param name="expectedHead">The head hash the ledger recorded separately, if any.</param>
    /// <returns>Where the chain breaks, if it does.</returns>
    public static ChainVerification Verify(SubjectPseudonym subject, IReadOnlyList<ConsentRecord> records, long? expectedLength = null, ConsentHash? expectedHead = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previous = ConsentHash.Genesis;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var expected = i + 1L;
            var problem = record.Subject != subject ? "the entry belongs to another subject"
                : record.Sequence != expected ? $"expected sequence {expected} but found {record.Sequence} (an entry was deleted or moved)"
                : record.PreviousHash != previous ? "the entry does not follow the previous entry's hash (an entry was deleted, inserted or moved)"
                : !record.HashMatches ? "the entry's content does not match its hash (it was edited)"
                : null;
            if (problem is not null)
            {
                return new ChainVerification(subject, i, previous, expected, problem);
            }

            previous = record.Hash;
        }

        if (expectedLength is { } length && length != records.Count)
        {
            return new ChainVerification(subject, records.Count, previous, Math.Min(length, records.Count) + 1,
                $"the ledger recorded {length} entries but {records.Count} are present (entries were deleted)");
        }

        if (expectedHead is { } head && head != previous)
        {
            return new ChainVerification(subject, records.Count, previous, records.Count, "the last entry is not the one the ledger recorded as head");
        }

        return new ChainVerification(subject, records.Count, previous, null, null);
    }
}
