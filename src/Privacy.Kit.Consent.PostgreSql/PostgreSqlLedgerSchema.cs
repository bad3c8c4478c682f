namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// The tables of the ledger (format 2) in the schema <c>privacy_kit</c>: entries clustered by person (a decision
/// reads one person's rows) and unique by their position in the whole ledger, the info table and the checkpoint.
/// Triggers refuse to update, delete or truncate entries, so only deliberate tampering (a superuser switching the
/// triggers off) changes history, and verification shows it.
/// </summary>
internal static class PostgreSqlLedgerSchema
{
    /// <summary>The transaction lock every writer of the ledger takes first, on every node (any constant).</summary>
    public const long WriteLock = 5787213919463183361;

    /// <summary>Created in one transaction; nodes creating it at once take the write lock first.</summary>
    public const string Create = """
        SELECT pg_advisory_xact_lock(5787213919463183361);
        CREATE SCHEMA IF NOT EXISTS privacy_kit;
        CREATE TABLE IF NOT EXISTS privacy_kit.ledger_info (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS privacy_kit.checkpoint (id integer PRIMARY KEY CHECK (id = 1), value bytea NOT NULL);
        CREATE TABLE IF NOT EXISTS privacy_kit.entries (
            subject bytea NOT NULL,
            sequence bigint NOT NULL,
            position bigint NOT NULL UNIQUE,
            kind text NOT NULL,
            previous_hash bytea NOT NULL,
            hash bytea NOT NULL,
            payload bytea NOT NULL,
            PRIMARY KEY (subject, sequence));
        CREATE OR REPLACE FUNCTION privacy_kit.refuse_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'consent ledger entries are append-only'; END $$;
        CREATE OR REPLACE TRIGGER entries_are_append_only BEFORE UPDATE OR DELETE ON privacy_kit.entries
            FOR EACH ROW EXECUTE FUNCTION privacy_kit.refuse_entry_change();
        CREATE OR REPLACE TRIGGER entries_are_not_truncated BEFORE TRUNCATE ON privacy_kit.entries
            FOR EACH STATEMENT EXECUTE FUNCTION privacy_kit.refuse_entry_change();
        """;

    public const string HasLedger = "SELECT to_regclass('privacy_kit.entries') IS NOT NULL";

    /// <summary>Entries without positions: the per-chain tables of format 1.</summary>
    public const string IsFormat1 = """
        SELECT to_regclass('privacy_kit.entries') IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM information_schema.columns WHERE table_schema = 'privacy_kit' AND table_name = 'entries' AND column_name = 'position')
        """;

    public const string LockLedger = "SELECT pg_advisory_xact_lock(5787213919463183361)";

    public const string ReadInfo = "SELECT value FROM privacy_kit.ledger_info WHERE key = @key";

    public const string WriteInfo = "INSERT INTO privacy_kit.ledger_info (key, value) VALUES (@key, @value)";

    public const string ReadCheckpoint = "SELECT value FROM privacy_kit.checkpoint WHERE id = 1";

    public const string WriteCheckpoint = "INSERT INTO privacy_kit.checkpoint (id, value) VALUES (1, @value) ON CONFLICT (id) DO UPDATE SET value = excluded.value";

    public const string ReadHead = "SELECT sequence, hash FROM privacy_kit.entries WHERE subject = @subject ORDER BY sequence DESC LIMIT 1";

    /// <summary>Every row of one transaction in one statement.</summary>
    public const string InsertEntries = """
        INSERT INTO privacy_kit.entries (subject, sequence, position, kind, previous_hash, hash, payload)
        SELECT * FROM unnest(@subject, @sequence, @position, @kind, @previous_hash, @hash, @payload)
        """;

    private const string Columns = "position, subject, sequence, kind, previous_hash, hash, payload";

    public const string ReadChain = $"SELECT {Columns} FROM privacy_kit.entries WHERE subject = @subject ORDER BY sequence";

    /// <summary>A person's rows without decisions: left out only when the kind column and the hashed payload both say decision (see the SQLite store).</summary>
    public const string ReadHistory = $"""
        SELECT {Columns} FROM privacy_kit.entries WHERE subject = @subject
            AND (kind <> 'contact-decision' OR position(convert_to('"kind":"contact-decision"', 'UTF8') IN payload) = 0)
            ORDER BY sequence
        """;

    public const string ReadAll = $"SELECT {Columns} FROM privacy_kit.entries ORDER BY position";

    public const string ReadFrom = $"SELECT {Columns} FROM privacy_kit.entries WHERE position >= @position ORDER BY position";
}
