using Privacy.Kit.Tests.Consent;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Privacy.Kit.Consent.Sqlite.Tests;

/// <summary>
/// The operator of the ledger edits the SQLite file directly (with Microsoft.Data.Sqlite, triggers dropped), as the
/// contact center that runs the ledger for its client could. Every attack must show in verification.
/// </summary>
public sealed class AttackerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly LedgerFile _file = new();
    private readonly ECDsa _signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    [Fact]
    public void A_rewritten_payload_with_recomputed_unkeyed_hashes_does_not_verify()
    {
        Populate();

        // The format 1 chain: hash = SHA-256(previous || payload). An attacker without the key recomputes it.
        Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), 'Acme', 'Acne') AS BLOB) WHERE subject = $s AND sequence = 1", Subject(1));
        RecomputeUnkeyedChain(Subject(1));

        using var ledger = _file.Open();
        var result = ledger.VerifyAll();
        var broken = Assert.Single(result.Broken);
        Assert.Equal(Subject(1), broken.Subject);
        Assert.Contains("keyed hash", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Restoring_an_older_copy_passes_on_its_own_but_fails_against_a_later_digest()
    {
        using (var ledger = _file.Open())
        {
            ledger.Append(Subject(1), Event(1));
        }

        File.Copy(_file.Path, _file.Path + ".old");
        LedgerDigest digest;
        using (var ledger = _file.Open())
        {
            ledger.Append(Subject(1), new ObjectionRecorded { OccurredAt = Start.AddHours(1) });
            digest = ledger.CreateDigest(_signer);
        }

        File.Copy(_file.Path + ".old", _file.Path, overwrite: true);

        using var rolledBack = _file.Open();
        Assert.True(rolledBack.VerifyAll().IsIntact);
        var result = rolledBack.VerifyAgainst(digest, _signer);
        Assert.False(result.IsIntact);
        Assert.Contains("older copy of the ledger was restored", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_persons_whole_history_is_detected()
    {
        Populate();
        Tamper("DELETE FROM entries WHERE subject = $s", Subject(2));

        using var ledger = _file.Open();
        Assert.Contains(ledger.VerifyAll().Problems, p => p.Contains("missing (deleted)", StringComparison.Ordinal));
    }

    [Fact]
    public void Deleting_the_whole_history_of_the_last_person_written_is_detected()
    {
        Populate();
        Tamper("DELETE FROM entries WHERE subject = $s", Subject(3));

        using var ledger = _file.Open();
        Assert.Contains(ledger.VerifyAll().Problems, p => p.Contains("entries at the end were deleted", StringComparison.Ordinal));
    }

    [Fact]
    public void Deleting_a_history_after_a_digest_fails_against_it()
    {
        Populate();
        LedgerDigest digest;
        using (var ledger = _file.Open())
        {
            digest = ledger.CreateDigest(_signer);
        }

        Tamper("DELETE FROM entries WHERE subject = $s", Subject(3));

        using var reopened = _file.Open();
        Assert.Contains(reopened.VerifyAgainst(digest, _signer).Problems, p => p.Contains("covers 6 entries but the ledger holds 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Swapping_the_positions_of_two_peoples_entries_is_detected()
    {
        Populate();
        Tamper("UPDATE entries SET position = -1 WHERE position = 0; UPDATE entries SET position = 0 WHERE position = 1; UPDATE entries SET position = 1 WHERE position = -1");

        using var ledger = _file.Open();
        Assert.Contains(ledger.VerifyAll().Problems, p => p.Contains("do not match the Merkle root", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hash", "CAST(hex(hash) AS TEXT)")]
    [InlineData("payload", "CAST(payload AS TEXT)")]
    [InlineData("sequence", "CAST(sequence AS TEXT) || 'x'")]
    [InlineData("previous_hash", "X'00'")]
    public void A_changed_storage_type_is_reported_as_broken_and_never_throws(string column, string expression)
    {
        Populate();
        Tamper($"UPDATE entries SET {column} = {expression} WHERE subject = $s AND sequence = 1", Subject(1));

        using var ledger = _file.Open();
        var result = ledger.VerifyAll();
        var broken = Assert.Single(result.Broken);
        Assert.Contains($"the {column} column holds", broken.Problem, StringComparison.Ordinal);
        Assert.False(ledger.Verify(Subject(1)).IsIntact);
        Assert.False(ledger.Prove(Subject(1)).IsIntact);
        Assert.Throws<ConsentLedgerDamagedException>(() => ledger.ReadChain(Subject(1)));
    }

    [Fact]
    public void An_edited_kind_column_that_hides_an_objection_from_decisions_is_reported()
    {
        using (var ledger = _file.Open())
        {
            ledger.Append(Subject(1), new ObjectionRecorded { OccurredAt = Start });
        }

        Tamper("UPDATE entries SET kind = 'contact-decision' WHERE kind = 'objection'");

        using var reopened = _file.Open();
        var broken = Assert.Single(reopened.VerifyAll().Broken);
        Assert.Contains("the kind column says 'contact-decision' but the hashed payload says 'objection'", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objection_whose_kind_column_was_edited_to_a_decision_is_not_hidden_from_decisions_and_fails_them()
    {
        var person = SubjectId.Customer("C-1");
        using (var ledger = _file.Open())
        {
            var service = new ConsentService(ledger, SampleLedger.Pseudonymizer);
            service.Record(person, new ConsentGiven { OccurredAt = Start, Purpose = ContactPurpose.DirectMarketing, Channel = ContactChannel.Email, LegalEntity = "Acme B.V." });
            service.Record(person, new ObjectionRecorded { OccurredAt = Start.AddDays(1) });
            Assert.False(service.Evaluate(MarketingEmail(person)).Allowed);
        }

        // The fast read of a decision leaves decisions out; with the filter on the column alone this hid the objection.
        Tamper("UPDATE entries SET kind = 'contact-decision' WHERE kind = 'objection'");

        using var reopened = _file.Open();
        var damaged = Assert.Throws<ConsentLedgerDamagedException>(() => new ConsentService(reopened, SampleLedger.Pseudonymizer).Evaluate(MarketingEmail(person)));
        Assert.Contains("the kind column says 'contact-decision' but the hashed payload says 'objection'", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_whose_kind_column_was_edited_to_another_kind_fails_the_next_decision()
    {
        var person = SubjectId.Customer("C-1");
        using (var ledger = _file.Open())
        {
            new ConsentService(ledger, SampleLedger.Pseudonymizer).Decide(MarketingEmail(person));
        }

        Tamper("UPDATE entries SET kind = 'consent-given' WHERE kind = 'contact-decision'");

        using var reopened = _file.Open();
        var damaged = Assert.Throws<ConsentLedgerDamagedException>(() => new ConsentService(reopened, SampleLedger.Pseudonymizer).Evaluate(MarketingEmail(person)));
        Assert.Contains("the kind column says 'consent-given' but the hashed payload says 'contact-decision'", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ledger_that_only_grew_since_the_digest_verifies_against_it()
    {
        Populate();
        LedgerDigest digest;
        using (var ledger = _file.Open())
        {
            digest = ledger.CreateDigest(_signer);
            ledger.Append(Subject(4), Event(9));
        }

        using var reopened = _file.Open();
        Assert.True(reopened.VerifyAgainst(LedgerDigest.Parse(digest.ToJson()), _signer).IsIntact);
    }

    [Fact]
    public void A_digest_checked_with_another_key_fails()
    {
        Populate();
        using var ledger = _file.Open();
        var digest = ledger.CreateDigest(_signer);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Contains("signature does not verify", ledger.VerifyAgainst(digest, other).Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_digest_fails_its_signature()
    {
        Populate();
        using var ledger = _file.Open();
        var json = ledger.CreateDigest(_signer).ToJson().Replace("\"treeSize\": 6", "\"treeSize\": 5", StringComparison.Ordinal);

        Assert.Contains("signature does not verify", ledger.VerifyAgainst(LedgerDigest.Parse(json), _signer).Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_persons_proof_against_a_digest_checks_alone_and_an_edited_entry_fails()
    {
        Populate();
        using var ledger = _file.Open();
        var digest = ledger.CreateDigest(_signer);
        var json = ledger.Prove(Subject(2), digest).ToJson();

        Assert.Empty(ConsentProof.Check(json, _signer));
        var edited = json.Replace("Acme", "Acne", StringComparison.Ordinal);
        Assert.Contains(ConsentProof.Check(edited, _signer), p => p.Contains("inclusion proof fails", StringComparison.Ordinal));
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Contains(ConsentProof.Check(json, other), p => p.Contains("signature does not verify", StringComparison.Ordinal));
    }

    [Fact]
    public void A_persons_entry_edited_while_the_ledger_runs_fails_the_next_proof_of_that_ledger()
    {
        Populate();
        using var ledger = _file.Open();
        Assert.True(ledger.Prove(Subject(1)).IsIntact);

        // The first proof kept the tree; the next one must still see that the person's entry is not what it covers.
        Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), 'Acme', 'Acne') AS BLOB) WHERE subject = $s AND sequence = 1", Subject(1));

        var proof = ledger.Prove(Subject(1));
        Assert.False(proof.IsIntact);
        Assert.Contains("keyed hash", proof.Verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_persons_last_entry_deleted_while_the_ledger_runs_fails_the_next_proof_of_that_ledger()
    {
        Populate();
        using var ledger = _file.Open();
        Assert.True(ledger.Prove(Subject(1)).IsIntact);

        Tamper("DELETE FROM entries WHERE subject = $s AND sequence = 2", Subject(1));

        var proof = ledger.Prove(Subject(1));
        Assert.False(proof.IsIntact);
        Assert.False(proof.Inclusion!.Ledger.IsIntact);
    }

    [Fact]
    public void A_format_1_ledger_is_refused_with_how_to_migrate()
    {
        Sql("""
            CREATE TABLE ledger_info (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            INSERT INTO ledger_info VALUES ('format', '1');
            CREATE TABLE entries (subject BLOB NOT NULL, sequence INTEGER NOT NULL, kind TEXT NOT NULL, previous_hash BLOB NOT NULL,
                hash BLOB NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (subject, sequence)) WITHOUT ROWID;
            """);

        var refused = Assert.Throws<InvalidOperationException>(() => _file.Open());
        Assert.Contains("format 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("consent migrate", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_of_a_ledger_that_does_not_verify_is_refused_as_damaged()
    {
        using var ledger = OpenWithAnEditedPayload();

        var refused = Assert.Throws<ConsentLedgerDamagedException>(() => ledger.CreateDigest(_signer));

        Assert.Contains("does not verify", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_of_a_ledger_that_does_not_verify_is_refused_as_damaged()
    {
        using var ledger = OpenWithAnEditedPayload();

        var refused = Assert.Throws<ConsentLedgerDamagedException>(() => new CallAudit(ledger, SampleLedger.Pseudonymizer));

        Assert.Contains("does not verify", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ledger_whose_checkpoint_was_deleted_refuses_appends_as_damaged_and_is_not_sealed_anew()
    {
        Populate();
        Tamper("DELETE FROM checkpoint");
        using var ledger = _file.Open();

        var refused = Assert.Throws<ConsentLedgerDamagedException>(() => ledger.Append(Subject(1), Event(1)));

        Assert.Contains("checkpoint is missing", refused.Message, StringComparison.Ordinal);
        Assert.Contains("checkpoint is missing", ledger.VerifyAll().Describe(), StringComparison.Ordinal);
        using var connection = Connect();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM checkpoint";
        Assert.Equal(0L, (long)count.ExecuteScalar()!);
    }

    public void Dispose()
    {
        _signer.Dispose();
        _file.Dispose();
    }

    private static SubjectPseudonym Subject(int n) => SampleLedger.Subject(n);

    private static ConsentEvent Event(int n) => SampleLedger.Event(n);

    private static ContactRequest MarketingEmail(SubjectId person) => new()
    {
        Subject = person,
        Purpose = ContactPurpose.DirectMarketing,
        Channel = ContactChannel.Email,
        Caller = new Caller("Acme B.V."),
        At = Start.AddDays(2),
    };

    /// <summary>Six entries: subjects 1, 2, 3 with two each, written in the order 1, 2, 1, 2, 3, 3.</summary>
    private void Populate()
    {
        using var ledger = _file.Open();
        foreach (var n in new[] { 1, 2, 1, 2, 3, 3 })
        {
            ledger.Append(Subject(n), Event(n));
        }
    }

    /// <summary>The populated ledger after an edit of subject 1's first payload that the chain and the Merkle root show.</summary>
    private SqliteConsentLedger OpenWithAnEditedPayload()
    {
        Populate();
        Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), 'Acme', 'Acne') AS BLOB) WHERE subject = $s AND sequence = 1", Subject(1));
        return _file.Open();
    }

    private void RecomputeUnkeyedChain(SubjectPseudonym subject)
    {
        using var connection = Connect();
        var rows = new List<(long Sequence, byte[] Payload)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT sequence, payload FROM entries WHERE subject = $s ORDER BY sequence";
            read.Parameters.AddWithValue("$s", subject.ToArray());
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }
        }

        var previous = new byte[32];
        foreach (var (sequence, payload) in rows)
        {
            var hash = SHA256.HashData([.. previous, .. payload]);
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE entries SET previous_hash = $p, hash = $h WHERE subject = $s AND sequence = $n";
            update.Parameters.AddWithValue("$p", previous);
            update.Parameters.AddWithValue("$h", hash);
            update.Parameters.AddWithValue("$s", subject.ToArray());
            update.Parameters.AddWithValue("$n", sequence);
            update.ExecuteNonQuery();
            previous = hash;
        }
    }

    private void Tamper(string sql, SubjectPseudonym? subject = null)
    {
        Sql("DROP TRIGGER IF EXISTS entries_are_append_only_update; DROP TRIGGER IF EXISTS entries_are_append_only_delete;");
        Sql(sql, subject);
    }

    private void Sql(string sql, SubjectPseudonym? subject = null)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (subject is { } s)
        {
            command.Parameters.AddWithValue("$s", s.ToArray());
        }

        command.ExecuteNonQuery();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        return connection;
    }
}
