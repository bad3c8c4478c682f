using Privacy.Kit.Tests.Consent;

namespace Privacy.Kit.Consent.Sqlite.Tests;

/// <summary>
/// <see cref="ConsentLedger.Import"/>, the migration of an older ledger's entries (format 1: unkeyed chains) into a new
/// SQLite ledger, as <c>privacy-kit consent migrate</c> and any other tool does it.
/// </summary>
public sealed class LedgerImportTests : IDisposable
{
    private static readonly DateTimeOffset RecordedAt = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly LedgerFile _file = new();

    [Fact]
    public void Imported_entries_keep_when_they_were_recorded_and_the_new_ledger_verifies()
    {
        var old = OldChain(SampleLedger.Subject(1), length: 2);
        using var ledger = _file.Open();

        ledger.Import(old);

        var chain = ledger.ReadChain(SampleLedger.Subject(1));
        Assert.Equal(old.Select(r => r.RecordedAt), chain.Select(r => r.RecordedAt));
        Assert.Equal(old.Select(r => r.Event), chain.Select(r => r.Event));
        Assert.True(ledger.VerifyAll().IsIntact);
    }

    [Fact]
    public void A_chain_that_does_not_verify_is_refused_and_nothing_is_stored()
    {
        var old = OldChain(SampleLedger.Subject(1), length: 3);
        using var ledger = _file.Open();

        var refused = Assert.Throws<ArgumentException>(() => ledger.Import([old[0], old[2]]));

        Assert.Contains("do not verify at entry 2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, ledger.VerifyAll().Entries);
    }

    [Fact]
    public void A_ledger_that_holds_entries_is_refused_and_keeps_only_them()
    {
        using var ledger = _file.Open();
        ledger.Append(SampleLedger.Subject(2), SampleLedger.Event(2));

        var refused = Assert.Throws<InvalidOperationException>(() => ledger.Import(OldChain(SampleLedger.Subject(1), length: 1)));

        Assert.Contains("import only into a new ledger", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, ledger.VerifyAll().Entries);
    }

    public void Dispose() => _file.Dispose();

    /// <summary>A person's entries as a format 1 ledger held them: linked with the unkeyed hash.</summary>
    private static List<ConsentRecord> OldChain(SubjectPseudonym subject, int length)
    {
        var records = new List<ConsentRecord>();
        var previous = ConsentHash.Genesis;
        for (var sequence = 1; sequence <= length; sequence++)
        {
            var record = ConsentRecord.Create(subject, sequence, previous, SampleLedger.Event(sequence), RecordedAt.AddDays(sequence));
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }
}
