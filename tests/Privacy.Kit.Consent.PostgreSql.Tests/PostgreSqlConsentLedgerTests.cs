using Npgsql;
using Privacy.Kit.Tests.Consent;
using Privacy.Kit.Tests.PostgreSql;

namespace Privacy.Kit.Consent.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlConsentLedgerTests(TemporaryPostgreSqlServer server)
{
    private readonly string _database = server.CreateDatabase();

    [Fact]
    public void A_postgresql_uri_opens_the_same_ledger_as_the_connection_string()
    {
        var subject = SampleLedger.Subject(1);
        using (var ledger = Open())
        {
            ledger.Append(subject, SampleLedger.Event(1));
        }

        var name = new NpgsqlConnectionStringBuilder(_database).Database!;
        using var byUri = PostgreSqlConsentLedger.Open(server.Uri(name), SampleLedger.Pseudonymizer);

        Assert.Single(byUri.ReadChain(subject));
    }

    [Theory]
    [InlineData("UPDATE privacy_kit.entries SET kind = 'consent-given'")]
    [InlineData("DELETE FROM privacy_kit.entries")]
    [InlineData("TRUNCATE privacy_kit.entries")]
    public void Entries_cannot_be_changed_through_SQL(string sql)
    {
        using (var ledger = Open())
        {
            ledger.Append(SampleLedger.Subject(1), SampleLedger.Event(1));
        }

        var error = Assert.Throws<PostgresException>(() => Execute(sql));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_with_another_key_is_refused()
    {
        Open().Dispose();

        var error = Assert.Throws<InvalidOperationException>(() => PostgreSqlConsentLedger.Open(_database, new SubjectPseudonymizer(new byte[32])));

        Assert.Contains("another pseudonymization key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_without_a_ledger_is_not_changed_when_creation_is_off()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgreSqlConsentLedger.Open(_database, SampleLedger.Pseudonymizer, new PostgreSqlConsentLedgerOptions { CreateIfMissing = false }));

        Assert.Contains("holds no consent ledger", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM pg_namespace WHERE nspname = 'privacy_kit'"));
    }

    [Fact]
    public async Task Two_ledgers_on_one_database_appending_to_the_same_chains_at_once_keep_every_chain_whole()
    {
        // Two instances with their own connection pools are two service nodes as far as the database can tell.
        using var first = Open();
        using var second = Open();
        const int Writers = 8, Appends = 150, Subjects = 3;
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            var ledger = w % 2 == 0 ? first : second;
            for (var i = 0; i < Appends; i++)
            {
                ledger.Append(SampleLedger.Subject((w + i) % Subjects), SampleLedger.Event(i));
            }
        })).ToArray();
        await Task.WhenAll(writers);

        var verification = first.VerifyAll();

        Assert.True(verification.IsIntact, string.Join("; ", verification.Broken.Select(b => b.Problem)));
        Assert.Equal(Subjects, verification.Subjects);
        Assert.Empty(verification.Problems);
        Assert.Equal(Writers * Appends, verification.Entries);
        Assert.Equal(Writers * Appends, Enumerable.Range(0, Subjects).Sum(s => second.ReadChain(SampleLedger.Subject(s)).Count));
    }

    [Fact]
    public void An_acknowledged_append_is_visible_to_another_connection_at_once()
    {
        using var ledger = Open();

        var record = ledger.Append(SampleLedger.Subject(1), SampleLedger.Event(1));

        Assert.Equal(1L, Scalar($"SELECT count(*) FROM privacy_kit.entries WHERE hash = '\\x{record.Hash}'"));
    }

    [Fact]
    public void Editing_a_stored_payload_behind_the_triggers_is_detected()
    {
        var subject = SampleLedger.Subject(1);
        using var ledger = Open();
        ledger.Append(subject, SampleLedger.Event(1));
        ledger.Append(subject, SampleLedger.Event(2));

        // A superuser can switch the triggers off: the chain still shows the edit.
        Execute("SET session_replication_role = replica; UPDATE privacy_kit.entries SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Acme', 'Acmf'), 'UTF8') WHERE sequence = 2");

        var verification = ledger.VerifyAll();

        Assert.False(verification.IsIntact);
        var broken = Assert.Single(verification.Broken);
        Assert.Equal(subject, broken.Subject);
        Assert.Equal(2L, broken.BrokenAt);
    }

    [Fact]
    public void Deleting_a_whole_history_behind_the_triggers_is_detected()
    {
        using var ledger = Open();
        ledger.Append(SampleLedger.Subject(1), SampleLedger.Event(1));
        ledger.Append(SampleLedger.Subject(2), SampleLedger.Event(1));

        Execute($"SET session_replication_role = replica; DELETE FROM privacy_kit.entries WHERE subject = '\\x{SampleLedger.Subject(2)}'");

        var verification = ledger.VerifyAll();
        Assert.False(verification.IsIntact, "a deleted history verifies as intact");
    }

    [Fact]
    public void An_unreadable_row_is_reported_as_broken_instead_of_throwing()
    {
        using var ledger = Open();
        ledger.Append(SampleLedger.Subject(1), SampleLedger.Event(1));

        Execute("SET session_replication_role = replica; UPDATE privacy_kit.entries SET payload = '\\x7b'");

        var verification = ledger.VerifyAll();
        Assert.False(verification.IsIntact);
        Assert.Equal(SampleLedger.Subject(1), Assert.Single(verification.Broken).Subject);
    }

    private PostgreSqlConsentLedger Open() => PostgreSqlConsentLedger.Open(_database, SampleLedger.Pseudonymizer);

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
