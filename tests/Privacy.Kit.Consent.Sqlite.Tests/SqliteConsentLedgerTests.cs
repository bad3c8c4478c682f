using Privacy.Kit.Tests.Consent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Sqlite.Tests;

public sealed class SqliteConsentLedgerTests : IDisposable
{
    private readonly LedgerFile _file = new();

    [Fact]
    public void Appended_events_are_read_back_in_chain_order_after_reopening()
    {
        var subject = SampleLedger.Subject(1);
        using (var ledger = _file.Open())
        {
            ledger.Append(subject, SampleLedger.Event(1));
            ledger.Append(subject, SampleLedger.Event(2));
        }

        using var reopened = _file.Open();
        var chain = reopened.ReadChain(subject);

        Assert.Equal([1L, 2L], chain.Select(r => r.Sequence));
        Assert.Equal(SampleLedger.Event(2), chain[1].Event);
        Assert.True(reopened.Verify(subject).IsIntact);
    }

    [Fact]
    public void The_file_holds_pseudonyms_and_never_the_identifier()
    {
        using (var ledger = _file.Open())
        {
            var service = new ConsentService(ledger, SampleLedger.Pseudonymizer);
            service.Record(SubjectId.Phone("+31 6 98765432"), new ObjectionRecorded { OccurredAt = DateTimeOffset.UnixEpoch.AddYears(56) });
        }

        var bytes = File.ReadAllBytes(_file.Path).Concat(File.Exists(_file.Path + "-wal") ? File.ReadAllBytes(_file.Path + "-wal") : []).ToArray();
        Assert.Equal(-1, bytes.AsSpan().IndexOf("98765432"u8));
    }

    [Fact]
    public void History_leaves_out_decisions_and_chain_keeps_them()
    {
        using var ledger = _file.Open();
        var service = new ConsentService(ledger, SampleLedger.Pseudonymizer, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)));
        var subject = SubjectId.Customer("C-9");
        service.Record(subject, new ObjectionRecorded { OccurredAt = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero) });

        var decision = service.Decide(new ContactRequest { Subject = subject, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Email, Caller = new Caller("Acme B.V.") });

        Assert.Equal([DenialReason.Objection], decision.Reasons);
        var pseudonym = service.Pseudonymize(subject);
        Assert.Single(ledger.ReadHistory(pseudonym));
        Assert.Equal(2, ledger.ReadChain(pseudonym).Count);
    }

    [Fact]
    public void Opening_with_another_key_is_refused()
    {
        _file.Open().Dispose();

        var error = Assert.Throws<InvalidOperationException>(() => SqliteConsentLedger.Open(_file.Path, new SubjectPseudonymizer(new byte[32])));

        Assert.Contains("another pseudonymization key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_not_created_when_creation_is_off()
    {
        Assert.Throws<FileNotFoundException>(() => _file.Open(new SqliteConsentLedgerOptions { CreateIfMissing = false }));
        Assert.False(File.Exists(_file.Path));
    }

    [Fact]
    public void An_invalid_event_fails_alone_and_stores_nothing()
    {
        using var ledger = _file.Open();
        var subject = SampleLedger.Subject(1);

        Assert.Throws<ArgumentException>(() => ledger.Append(subject, new ConsentWithdrawn
        {
            OccurredAt = DateTimeOffset.UnixEpoch, Purpose = ContactPurpose.Service, Channel = ContactChannel.Phone, LegalEntity = "",
        }));
        ledger.Append(subject, SampleLedger.Event(1));

        Assert.Equal(1, Assert.Single(ledger.ReadChain(subject)).Sequence);
    }

    [Fact]
    public void Entries_cannot_be_updated_or_deleted_through_SQL()
    {
        using (var ledger = _file.Open())
        {
            ledger.Append(SampleLedger.Subject(1), SampleLedger.Event(1));
        }

        Assert.Throws<SqliteException>(() => Sql("UPDATE entries SET kind = 'x'"));
        Assert.Throws<SqliteException>(() => Sql("DELETE FROM entries"));
    }

    [Fact]
    public void Editing_a_stored_payload_is_detected_and_names_the_subject()
    {
        var subject = SampleLedger.Subject(1);
        using (var ledger = _file.Open())
        {
            ledger.Append(subject, SampleLedger.Event(1));
            ledger.Append(subject, SampleLedger.Event(2));
            ledger.Append(SampleLedger.Subject(2), SampleLedger.Event(1));
        }

        Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), 'Acme', 'Acne') AS BLOB) WHERE sequence = 2");

        using var reopened = _file.Open();
        var result = reopened.VerifyAll();
        var broken = Assert.Single(result.Broken);
        Assert.Equal(subject, broken.Subject);
        Assert.Equal(2, broken.BrokenAt);
        Assert.Equal(2, result.Subjects);
    }

    [Fact]
    public void Deleting_the_last_entry_is_detected()
    {
        var subject = SampleLedger.Subject(1);
        using (var ledger = _file.Open())
        {
            ledger.Append(subject, SampleLedger.Event(1));
            ledger.Append(subject, SampleLedger.Event(2));
        }

        Tamper("DELETE FROM entries WHERE sequence = 2");

        using var reopened = _file.Open();
        var result = reopened.VerifyAll();
        Assert.False(result.IsIntact);
        Assert.Contains("entries at the end were deleted", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reordering_entries_is_detected()
    {
        var subject = SampleLedger.Subject(1);
        using (var ledger = _file.Open())
        {
            ledger.Append(subject, SampleLedger.Event(1));
            ledger.Append(subject, SampleLedger.Event(2));
        }

        Tamper("UPDATE entries SET sequence = 3 - sequence + 10; UPDATE entries SET sequence = sequence - 10");

        using var reopened = _file.Open();
        Assert.Equal(1, reopened.Verify(subject).BrokenAt);
    }

    [Fact]
    public void Deleting_an_entry_in_the_middle_of_the_ledger_leaves_a_gap_in_the_positions()
    {
        using (var ledger = _file.Open())
        {
            ledger.Append(SampleLedger.Subject(1), SampleLedger.Event(1));
            ledger.Append(SampleLedger.Subject(2), SampleLedger.Event(1));
            ledger.Append(SampleLedger.Subject(3), SampleLedger.Event(1));
        }

        Tamper("DELETE FROM entries WHERE position = 1");

        using var reopened = _file.Open();
        Assert.Contains("entries at positions 1 to 1 are missing (deleted)", reopened.VerifyAll().Problems);
    }

    [Fact]
    public void Two_ledgers_on_one_file_append_to_one_chain()
    {
        var subject = SampleLedger.Subject(1);
        using var first = _file.Open();
        using var second = _file.Open();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => (i % 2 == 0 ? first : second).Append(subject, SampleLedger.Event(i)));

        Assert.Equal(200, first.ReadChain(subject).Count);
        Assert.True(second.VerifyAll().IsIntact);
    }

    [Fact]
    public void Eight_writers_appending_ten_thousand_events_each_lose_nothing_and_leave_valid_chains()
    {
        const int writers = 8, perWriter = 10_000;

        // Process-crash durability: each append is still committed before it returns, without waiting for the disk.
        using var ledger = _file.Open(new SqliteConsentLedgerOptions { Durability = SqliteDurability.ProcessCrash });
        var acknowledged = new ConsentHash[writers][];

        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            acknowledged[w] = new ConsentHash[perWriter];
            for (var i = 0; i < perWriter; i++)
            {
                // Writers share subjects, so chains are contended: subject w % 4 gets appends from two writers.
                acknowledged[w][i] = ledger.Append(SampleLedger.Subject(w % 4), SampleLedger.Event(i)).Hash;
            }
        });

        var result = ledger.VerifyAll();
        Assert.True(result.IsIntact);
        Assert.Equal(writers * perWriter, result.Entries);
        var stored = Enumerable.Range(0, 4).SelectMany(s => ledger.ReadChain(SampleLedger.Subject(s))).Select(r => r.Hash).ToHashSet();
        Assert.All(acknowledged.SelectMany(a => a), hash => Assert.Contains(hash, stored));
    }

    [Fact]
    public void Appends_that_arrive_during_a_commit_share_the_next_transaction()
    {
        using var ledger = _file.Open(new SqliteConsentLedgerOptions { Durability = SqliteDurability.ProcessCrash });

        // Another connection holds the write lock, so the first append's commit waits on it; meanwhile seven more arrive.
        using var blocker = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        blocker.Open();
        using var hold = blocker.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        hold.ExecuteNonQuery();

        var first = new Thread(() => ledger.Append(SampleLedger.Subject(0), SampleLedger.Event(0)));
        first.Start();
        WaitUntil(() => ledger.IsCommitting);
        var others = Enumerable.Range(1, 7).Select(n => new Thread(() => ledger.Append(SampleLedger.Subject(n), SampleLedger.Event(n)))).ToList();
        others.ForEach(t => t.Start());
        WaitUntil(() => ledger.QueuedAppends == 7);

        hold.CommandText = "COMMIT";
        hold.ExecuteNonQuery();
        first.Join();
        others.ForEach(t => t.Join());

        Assert.Equal(8, ledger.VerifyAll().Entries);
        Assert.Equal(2, ledger.CommittedTransactions);
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The ledger did not reach the expected state in 20 seconds.");
            Thread.Sleep(5);
        }
    }

    [Fact]
    public void A_batch_is_appended_in_order_and_chained_per_subject()
    {
        using var ledger = _file.Open();

        var records = ledger.AppendBatch([(SampleLedger.Subject(1), SampleLedger.Event(1)), (SampleLedger.Subject(2), SampleLedger.Event(1)), (SampleLedger.Subject(1), SampleLedger.Event(2))]);

        Assert.Equal([1L, 1L, 2L], records.Select(r => r.Sequence));
        Assert.Equal(records[0].Hash, records[2].PreviousHash);
        Assert.True(ledger.VerifyAll().IsIntact);
    }

    public void Dispose() => _file.Dispose();

    private void Tamper(string sql)
    {
        Sql("DROP TRIGGER entries_are_append_only_update; DROP TRIGGER entries_are_append_only_delete;");
        Sql(sql);
    }

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
