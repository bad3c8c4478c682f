namespace Privacy.Kit.Consent.PostgreSql;

/// <summary>
/// The tables of the ledger in the schema <c>privacy_kit</c>. Triggers refuse to update, delete or truncate
/// entries and to move a chain head backwards, so only deliberate tampering (a superuser disabling triggers)
/// changes history, and the chains show it.
/// </summary>
internal static class PostgreSqlLedgerSchema
{
    public const string FormatVersion = "1";

    /// <summary>Created in one transaction; every node creating the schema at once takes the same transaction lock first (any constant).</summary>
    public const string Create = """
        SELECT pg_advisory_xact_lock(5787213919463183361);
        CREATE SCHEMA IF NOT EXISTS privacy_kit;
        CREATE TABLE IF NOT EXISTS privacy_kit.ledger_info (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS privacy_kit.subjects (
            subject bytea PRIMARY KEY,
            length bigint NOT NULL,
            head bytea NOT NULL);
        CREATE TABLE IF NOT EXISTS privacy_kit.entries (
            subject bytea NOT NULL,
            sequence bigint NOT NULL,
            kind text NOT NULL,
            previous_hash bytea NOT NULL,
            hash bytea NOT NULL,
            payload bytea NOT NULL,
            PRIMARY KEY (subject, sequence));
        CREATE OR REPLACE FUNCTION privacy_kit.refuse_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'consent ledger entries are append-only'; END $$;
        CREATE OR REPLACE FUNCTION privacy_kit.refuse_head_rewind() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' OR NEW.subject <> OLD.subject OR NEW.length <= OLD.length THEN
                    RAISE EXCEPTION 'consent ledger chain heads only move forward';
                END IF;
                RETURN NEW;
            END $$;
        CREATE OR REPLACE TRIGGER entries_are_append_only BEFORE UPDATE OR DELETE ON privacy_kit.entries
            FOR EACH ROW EXECUTE FUNCTION privacy_kit.refuse_entry_change();
        CREATE OR REPLACE TRIGGER entries_are_not_truncated BEFORE TRUNCATE ON privacy_kit.entries
            FOR EACH STATEMENT EXECUTE FUNCTION privacy_kit.refuse_entry_change();
        CREATE OR REPLACE TRIGGER heads_only_move_forward BEFORE UPDATE OR DELETE ON privacy_kit.subjects
            FOR EACH ROW EXECUTE FUNCTION privacy_kit.refuse_head_rewind();
        CREATE OR REPLACE TRIGGER heads_are_not_truncated BEFORE TRUNCATE ON privacy_kit.subjects
            FOR EACH STATEMENT EXECUTE FUNCTION privacy_kit.refuse_entry_change();
        """;

    public const string ReadInfo = "SELECT value FROM privacy_kit.ledger_info WHERE key = @key";

    public const string InsertInfo = "INSERT INTO privacy_kit.ledger_info (key, value) VALUES (@key, @value) ON CONFLICT (key) DO NOTHING";

    /// <summary>
    /// Serializes appends per chain across every connection, process and machine: one transaction lock per subject,
    /// taken in ascending key order (the caller sorts) so two batches never wait on each other in a cycle.
    /// </summary>
    public const string LockSubjects = "SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k";

    public const string ReadHeads = "SELECT subject, length, head FROM privacy_kit.subjects WHERE subject = ANY(@subjects)";

    public const string InsertEntries = """
        INSERT INTO privacy_kit.entries (subject, sequence, kind, previous_hash, hash, payload)
        SELECT * FROM unnest(@subject, @sequence, @kind, @previous_hash, @hash, @payload)
        """;

    public const string UpsertHeads = """
        INSERT INTO privacy_kit.subjects (subject, length, head)
        SELECT * FROM unnest(@subject, @length, @head)
        ON CONFLICT (subject) DO UPDATE SET length = excluded.length, head = excluded.head
        """;

    public const string ReadHead = "SELECT length, head FROM privacy_kit.subjects WHERE subject = @subject";

    public const string ReadChain = "SELECT payload, previous_hash, hash FROM privacy_kit.entries WHERE subject = @subject ORDER BY sequence";

    public const string ReadHistory = "SELECT payload, previous_hash, hash FROM privacy_kit.entries WHERE subject = @subject AND kind <> 'contact-decision' ORDER BY sequence";

    public const string AllHeads = "SELECT subject, length, head FROM privacy_kit.subjects ORDER BY subject";

    public const string AllEntries = "SELECT subject, payload, previous_hash, hash FROM privacy_kit.entries ORDER BY subject, sequence";
}
