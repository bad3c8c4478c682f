using System.Text.Json;

namespace Privacy.Kit.Cli.Tests;

public sealed class ConsentCommandTests : IDisposable
{
    private const string Phone = "+31 6 12345678";
    private const string BeforeCutOff = "2026-06-15T11:00:00+02:00";
    private const string AfterCutOff = "2026-07-15T11:00:00+02:00";

    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-kit-consent-cli-").FullName;

    private string Db => Path.Combine(_folder, "consent.db");

    [Fact]
    public void Grant_then_check_allows_the_call_and_prints_the_decision_as_json()
    {
        Ok("grant", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z", "--method", "web-form");

        var run = Consent("check", "--subject", "+31612345678", "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("allowed").GetBoolean());
        Assert.Equal("consent", json.RootElement.GetProperty("grounds")[0].GetProperty("code").GetString());
        Assert.Empty(json.RootElement.GetProperty("reasons").EnumerateArray());
        Assert.Contains("offer-objection", json.RootElement.GetProperty("obligations").EnumerateArray().Select(o => o.GetString()));
        Assert.StartsWith("nl-", json.RootElement.GetProperty("ruleSetVersion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_exits_1_with_reasons_when_denied()
    {
        Ok("grant", "--subject", Phone, "--purpose", "service", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");

        var run = Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("allowed").GetBoolean());
        Assert.Equal("no-consent", json.RootElement.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Objection_denies_marketing_on_every_channel()
    {
        Ok("grant", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "email", "--at", "2026-01-10T10:00:00Z");
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");

        Assert.Equal(1, Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "email", "--at", BeforeCutOff).ExitCode);
        Assert.Equal(1, Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "post", "--at", BeforeCutOff).ExitCode);
    }

    [Fact]
    public void Withdraw_ends_consent_for_that_channel()
    {
        Ok("grant", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "sms", "--at", "2026-01-10T10:00:00Z");
        Ok("withdraw", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "sms", "--at", "2026-02-01T10:00:00Z");

        var run = Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "sms", "--at", BeforeCutOff);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"withdrawn\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_relationship_depends_on_the_date_and_the_caller_sector()
    {
        Ok("customer", "--subject", Phone, "--since", "2024-01-01", "--until", "2025-12-31");

        Assert.Equal(0, Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff).ExitCode);
        Assert.Equal(1, Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", AfterCutOff).ExitCode);
        Assert.Equal(0, Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", AfterCutOff, "--caller-sector", "charity-lottery").ExitCode);
    }

    [Fact]
    public void Belgian_check_consults_the_do_not_call_list()
    {
        Ok("grant", "--subject", "+32 470 00 00 01", "--purpose", "service", "--channel", "email", "--at", "2026-01-10T10:00:00Z");
        var list = Path.Combine(_folder, "dncm.txt");
        File.WriteAllLines(list, ["+32 470 99 99 99"]);

        Assert.Equal(0, Consent("check", "--subject", "+32470000001", "--purpose", "direct-marketing", "--channel", "phone", "--at", AfterCutOff, "--jurisdiction", "BE", "--do-not-call-list", list).ExitCode);
        Assert.Equal(1, Consent("check", "--subject", "+32470999999", "--purpose", "direct-marketing", "--channel", "phone", "--at", AfterCutOff, "--jurisdiction", "be", "--do-not-call-list", list).ExitCode);
    }

    [Fact]
    public void Proof_prints_every_event_and_decision_with_hashes()
    {
        Ok("grant", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");
        Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff);

        var run = Ok("proof", "--subject", Phone);

        using var json = JsonDocument.Parse(run.Output);
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["consent-given", "contact-decision"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(entries[0].GetProperty("hash").GetString(), entries[1].GetProperty("previousHash").GetString());
        Assert.DoesNotContain("12345678", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_0_for_an_intact_ledger_and_1_naming_the_subject_of_a_broken_chain()
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Ok("object", "--subject", "jan@example.nl", "--at", "2026-02-01T10:00:00Z");
        Assert.Contains("intact: 2 subjects", Ok("verify").Output, StringComparison.Ordinal);
        var broken = JsonDocument.Parse(Ok("proof", "--subject", Phone).Output).RootElement.GetProperty("subject").GetString();

        Tamper($"UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), '2026-02-01', '2026-02-02') AS BLOB) WHERE hex(subject) = upper('{broken}')");

        var run = Consent("verify");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"broken: subject {broken}", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 broken", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_on_a_ledger_whose_kind_column_hides_an_objection_exits_1_with_one_line()
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Tamper("UPDATE entries SET kind = 'contact-decision' WHERE kind = 'objection'");

        var run = Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-03-02T11:00:00+01:00");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("privacy-kit consent check:", line, StringComparison.Ordinal);
        Assert.Contains("the ledger is damaged", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_of_a_ledger_that_does_not_verify_exits_1_with_one_line_and_writes_no_digest()
    {
        var (signing, _) = KeyPair(sec1: false);
        var digest = Path.Combine(_folder, "digest.json");
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), '2026-02-01', '2026-02-02') AS BLOB)");

        var run = Consent("digest", "--signing-key", signing, "--output", digest);

        AssertDamaged(run, "digest");
        Assert.Contains("does not verify", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(digest));
    }

    [Fact]
    public void Audit_of_a_ledger_that_does_not_verify_exits_1_with_one_line_and_reports_nothing()
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Tamper("UPDATE entries SET payload = CAST(replace(CAST(payload AS TEXT), '2026-02-01', '2026-03-01') AS BLOB)");

        var run = Consent("audit", "--calls", Calls("time,subject", $"2026-02-02T11:00:00+01:00,{Phone}"));

        AssertDamaged(run, "audit");
        Assert.Contains("does not verify", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("object")]
    [InlineData("audit")]
    [InlineData("digest")]
    public void A_command_on_a_ledger_whose_checkpoint_was_deleted_exits_1_with_one_line(string command)
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Tamper("DELETE FROM checkpoint");
        string[] args = command switch
        {
            "check" => ["--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff],
            "object" => ["--subject", Phone, "--at", "2026-02-02T10:00:00Z"],
            "audit" => ["--calls", Calls("time,subject", $"2026-02-02T11:00:00+01:00,{Phone}")],
            _ => ["--signing-key", KeyPair(sec1: false).Signing],
        };

        var run = Consent([command, .. args]);

        AssertDamaged(run, command);
        Assert.Contains("checkpoint is missing", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_signed_digest_verifies_while_the_ledger_only_grows_and_fails_after_a_rollback(bool sec1)
    {
        var (signing, publicKey) = KeyPair(sec1);
        var digest = Path.Combine(_folder, "digest.json");
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        File.Copy(Db, Db + ".old");
        Ok("grant", "--subject", "jan@example.nl", "--purpose", "direct-marketing", "--channel", "email", "--at", "2026-02-02T10:00:00Z");
        Assert.Contains("digest of 2 entries", Ok("digest", "--signing-key", signing, "--output", digest).Output, StringComparison.Ordinal);
        Ok("object", "--subject", "jan@example.nl", "--at", "2026-02-03T10:00:00Z");

        Assert.Contains("intact", Ok("verify", "--digest", digest, "--public-key", publicKey).Output, StringComparison.Ordinal);

        File.Copy(Db + ".old", Db, overwrite: true);
        var rolledBack = Consent("verify", "--digest", digest, "--public-key", publicKey);
        Assert.Equal(1, rolledBack.ExitCode);
        Assert.Contains("an older copy of the ledger was restored", rolledBack.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_against_a_digest_with_the_wrong_key_or_an_edited_digest_exits_1()
    {
        var (signing, _) = KeyPair(sec1: false);
        var (_, otherPublic) = KeyPair(sec1: true, name: "other");
        var publicKey = Path.Combine(_folder, "key.pub.pem");
        var digest = Path.Combine(_folder, "digest.json");
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Ok("digest", "--signing-key", signing, "--output", digest);

        Assert.Contains("signature does not verify", Consent("verify", "--digest", digest, "--public-key", otherPublic).Output, StringComparison.Ordinal);
        File.WriteAllText(digest, File.ReadAllText(digest).Replace("\"treeSize\": 1", "\"treeSize\": 0", StringComparison.Ordinal));
        var edited = Consent("verify", "--digest", digest, "--public-key", publicKey);
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("signature does not verify", edited.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proof_against_a_digest_is_checked_alone_and_prints_as_text()
    {
        var (signing, publicKey) = KeyPair(sec1: false);
        var digest = Path.Combine(_folder, "digest.json");
        var proof = Path.Combine(_folder, "proof.json");
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");
        Ok("object", "--subject", "jan@example.nl", "--at", "2026-02-01T11:00:00Z");
        Ok("digest", "--signing-key", signing, "--output", digest);
        File.WriteAllText(proof, Ok("proof", "--subject", Phone, "--digest", digest).Output);

        Assert.Contains("intact", CliRun.Of("consent", "verify", "--proof", proof, "--public-key", publicKey).Output, StringComparison.Ordinal);
        var text = Ok("proof", "--subject", Phone, "--format", "text").Output;
        Assert.Contains("objection to direct marketing", text, StringComparison.Ordinal);
        Assert.Contains("2026-02-01 10:00 +00:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proof_for_a_person_without_history_exits_1()
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");

        var run = Consent("proof", "--subject", "jan@example.nl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no history for this subject", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0611112222")]
    [InlineData("06-11112222")]
    [InlineData("06 1111 2222")]
    [InlineData("+31 (0)6 11112222")]
    [InlineData("0031611112222")]
    public void An_objection_recorded_under_one_spelling_of_a_number_denies_every_other(string spelling)
    {
        Ok("grant", "--subject", "0611112222", "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");
        Ok("object", "--subject", "+31611112222", "--at", "2026-02-01T10:00:00Z");

        Assert.Equal(1, Consent("check", "--subject", spelling, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff).ExitCode);
    }

    [Fact]
    public void Digits_without_a_leading_zero_exit_2_unless_the_kind_is_given()
    {
        AssertBadInput(Consent("object", "--subject", "611112222"));
        Ok("object", "--subject", "611112222", "--subject-kind", "customer");
    }

    [Fact]
    public void An_objection_under_a_linked_email_address_denies_calls_to_the_number()
    {
        Ok("grant", "--subject", "0611112222", "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");
        Assert.Contains("linked 2 identifiers", Ok("link", "--subject", "06-11112222", "--subject", "Jan@Example.nl").Output, StringComparison.Ordinal);
        Ok("object", "--subject", "jan@example.nl", "--at", "2026-02-01T10:00:00Z");

        Assert.Equal(1, Consent("check", "--subject", "0611112222", "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff).ExitCode);
    }

    [Fact]
    public void A_moment_without_an_offset_is_read_in_the_jurisdictions_local_time()
    {
        Ok("grant", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");

        // 20:30 in Amsterdam is inside the Dutch hours (until 21:00); read as UTC it would be 22:30 and outside.
        var run = Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-06-15T20:30:00");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-06-15T20:30:00+02:00", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grant", "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-03-01T10:00:00Z", "--valid-until", "2026-01-01")]
    [InlineData("grant", "--purpose", "direct-marketing", "--channel", "phone", "--valid-until", "2020-01-01")]
    [InlineData("customer", "--since", "2026-03-01", "--until", "2026-01-01")]
    public void Inconsistent_moments_exit_2_with_one_line(params string[] args)
    {
        var run = Consent([args[0], "--subject", Phone, .. args[1..]]);

        AssertBadInput(run);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Audit_reports_the_calls_that_were_not_allowed_with_their_lines_and_leaves_the_ledger_untouched()
    {
        Ok("grant", "--subject", "0611112222", "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");
        Ok("object", "--subject", "0611112222", "--at", "2026-03-01T10:00:00Z");
        var calls = Calls(
            "time,subject,purpose",
            "2026-02-02T11:00:00+01:00,06-11112222,direct-marketing",
            "2026-03-02T11:00:00+01:00,+31611112222,direct-marketing",
            "2026-03-02T11:00:00+01:00,0611112222,service");
        var before = File.ReadAllBytes(Db);

        var run = Consent("audit", "--calls", calls);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(3, json.RootElement.GetProperty("calls").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("allowed").GetInt32());
        var violation = Assert.Single(json.RootElement.GetProperty("violations").EnumerateArray());
        Assert.Equal(3, violation.GetProperty("line").GetInt32());
        Assert.Equal("objection", violation.GetProperty("reasons")[0].GetString());
        Assert.Equal(before, File.ReadAllBytes(Db));
    }

    [Fact]
    public void Audit_of_a_clean_file_exits_0()
    {
        Ok("grant", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", "2026-01-10T10:00:00Z");

        var run = Consent("audit", "--calls", Calls("subject,time", $"{Phone},2026-02-02T11:00:00+01:00"), "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 calls, 1 allowed, 0 not allowed", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when,subject", "2026-02-02T11:00:00+01:00,0611112222", "line 1")]
    [InlineData("time,subject", "2026-02-02T11:00:00,0611112222", "line 2")]
    [InlineData("time,subject", "2026-02-02T11:00:00+01:00,611112222", "line 2")]
    [InlineData("time,subject,channel", "2026-02-02T11:00:00+01:00,0611112222,fax", "line 2")]
    public void Audit_of_a_bad_file_exits_2_naming_the_line(string header, string row, string line)
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");

        var run = Consent("audit", "--calls", Calls(header, row));

        AssertBadInput(run);
        Assert.Contains(line, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_1_ledger_is_refused_and_migrate_copies_it_into_the_new_format()
    {
        WriteFormat1Ledger(payload => payload);

        var refused = Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff);
        AssertBadInput(refused);
        Assert.Contains("consent migrate", refused.Error, StringComparison.Ordinal);

        var migrated = Path.Combine(_folder, "migrated.db");
        Assert.Contains("migrated 1 entries of 1 subjects", Ok("migrate", "--output", migrated).Output, StringComparison.Ordinal);
        var check = CliRun.Of("consent", "check", "--db", migrated, "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", "--at", BeforeCutOff);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("objection", check.Output, StringComparison.Ordinal);
        Assert.Contains("intact", CliRun.Of("consent", "verify", "--db", migrated).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrating_a_format_1_ledger_with_an_entry_that_cannot_be_read_exits_1_with_one_line_and_writes_nothing()
    {
        WriteFormat1Ledger(_ => [0x7B]);
        var migrated = Path.Combine(_folder, "migrated.db");

        var run = Consent("migrate", "--output", migrated);

        AssertDamaged(run, "migrate");
        Assert.False(File.Exists(migrated));
    }

    [Theory]
    [InlineData("grant", "--purpose", "marketing", "--channel", "phone")]
    [InlineData("grant", "--purpose", "direct-marketing", "--channel", "fax")]
    [InlineData("grant", "--purpose", "direct-marketing", "--channel", "phone", "--at", "01/07/2026")]
    [InlineData("grant", "--purpose", "direct-marketing", "--channel", "phone", "--valid-until", "soon")]
    [InlineData("grant", "--channel", "phone")]
    [InlineData("withdraw", "--purpose", "direct-marketing")]
    [InlineData("object", "--at", "2026-13-45")]
    [InlineData("customer", "--until", "2026-01-01")]
    [InlineData("grant", "--purpose", "direct-marketing", "--channel", "phone", "surplus")]
    public void Bad_input_to_a_write_exits_2_with_one_line_and_writes_nothing(params string[] args)
    {
        var run = Consent([args[0], "--subject", Phone, .. args[1..]]);

        AssertBadInput(run);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("--jurisdiction", "DE")]
    [InlineData("--caller-sector", "politics")]
    [InlineData("--at", "tomorrow")]
    public void Bad_input_to_check_exits_2_and_stores_no_decision(string option, string value)
    {
        Ok("object", "--subject", Phone, "--at", "2026-02-01T10:00:00Z");

        AssertBadInput(Consent("check", "--subject", Phone, "--purpose", "direct-marketing", "--channel", "phone", option, value));
        Assert.Contains("1 entries", Ok("verify").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--subject", Phone, "--purpose", "service", "--channel", "phone")]
    [InlineData("proof", "--subject", Phone)]
    [InlineData("verify")]
    public void Reading_a_missing_database_exits_2_and_creates_nothing(params string[] args)
    {
        var run = Consent(args);

        AssertBadInput(run);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void A_malformed_subject_exits_2()
    {
        AssertBadInput(Consent("object", "--subject", "+31 6 1234 ABCD"));
    }

    [Fact]
    public void Bad_input_from_the_installed_tool_is_one_line_on_stderr_with_exit_code_2()
    {
        var run = CliProcess.Run(null, "consent", "check", "--db", Db, "--subject", Phone, "--purpose", "nope", "--channel", "phone");

        AssertBadInput(run);
        Assert.Equal(string.Empty, run.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void AssertBadInput(CliRun run)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("privacy-kit consent ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Broken evidence: exit 1 (never 2, bad input), nothing on standard output, one line on standard error.</summary>
    private static void AssertDamaged(CliRun run, string command)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"privacy-kit consent {command}: ", line, StringComparison.Ordinal);
        Assert.Contains("damaged", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A format 1 ledger (unkeyed chains) at <see cref="Db"/> holding one objection, its payload as <paramref name="store"/> gives it.</summary>
    private void WriteFormat1Ledger(Func<byte[], byte[]> store)
    {
        var key = Convert.ToBase64String(new byte[32]);
        File.WriteAllText(Db + ".key", key);
        var pseudonymizer = new Privacy.Kit.Consent.SubjectPseudonymizer(new byte[32]);
        var subject = pseudonymizer.Pseudonymize(Privacy.Kit.Consent.SubjectId.Phone(Phone));
        var objection = Privacy.Kit.Consent.ConsentRecord.Create(subject, 1, Privacy.Kit.Consent.ConsentHash.Genesis,
            new Privacy.Kit.Consent.ObjectionRecorded { OccurredAt = DateTimeOffset.Parse("2026-02-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture) },
            DateTimeOffset.Parse("2026-02-01T10:00:05Z", System.Globalization.CultureInfo.InvariantCulture));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE ledger_info (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE entries (subject BLOB NOT NULL, sequence INTEGER NOT NULL, kind TEXT NOT NULL, previous_hash BLOB NOT NULL,
                    hash BLOB NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (subject, sequence)) WITHOUT ROWID;
                INSERT INTO ledger_info VALUES ('format', '1');
                INSERT INTO entries VALUES ($s, 1, 'objection', $p, $h, $payload);
                """;
            create.Parameters.AddWithValue("$s", subject.ToArray());
            create.Parameters.AddWithValue("$p", objection.PreviousHash.ToArray());
            create.Parameters.AddWithValue("$h", objection.Hash.ToArray());
            create.Parameters.AddWithValue("$payload", store(objection.Payload.ToArray()));
            create.ExecuteNonQuery();
        }
    }

    private string Calls(params string[] lines)
    {
        var path = Path.Combine(_folder, "calls.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private (string Signing, string Public) KeyPair(bool sec1, string name = "key")
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var signing = Path.Combine(_folder, name + ".pem");
        var publicKey = Path.Combine(_folder, name + ".pub.pem");
        File.WriteAllText(signing, sec1 ? key.ExportECPrivateKeyPem() : key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(publicKey, key.ExportSubjectPublicKeyInfoPem());
        return (signing, publicKey);
    }

    private CliRun Consent(params string[] args) => CliRun.Of(["consent", args[0], "--db", Db, .. args[1..]]);

    private CliRun Ok(params string[] args)
    {
        var run = Consent(args);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        return run;
    }

    private void Tamper(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER entries_are_append_only_update; " + sql;
        command.ExecuteNonQuery();
    }
}
