namespace Privacy.Kit.Consent.Sqlite;

/// <summary>The tables of the ledger. Triggers refuse updates and deletes, so only deliberate tampering changes history.</summary>
internal static class SqliteLedgerSchema
{
    public const string FormatVersion = "1";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS ledger_info (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS subjects (
            subject BLOB NOT NULL PRIMARY KEY,
            length INTEGER NOT NULL,
            head BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS entries (
            subject BLOB NOT NULL,
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL,
            previous_hash BLOB NOT NULL,
            hash BLOB NOT NULL,
            payload BLOB NOT NULL,
            PRIMARY KEY (subject, sequence)) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS entries_are_append_only_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'consent ledger entries are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS entries_are_append_only_delete BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, 'consent ledger entries are append-only'); END;
        """;

    public const string ReadHead = "SELECT length, head FROM subjects WHERE subject = $subject";

    public const string InsertEntry = """
        INSERT INTO entries (subject, sequence, kind, previous_hash, hash, payload)
        VALUES ($subject, $sequence, $kind, $previous_hash, $hash, $payload)
        """;

    public const string UpsertHead = """
        INSERT INTO subjects (subject, length, head) VALUES ($subject, $length, $head)
        ON CONFLICT (subject) DO UPDATE SET length = excluded.length, head = excluded.head
        """;

    public const string ReadChain = "SELECT payload, previous_hash, hash FROM entries WHERE subject = $subject ORDER BY sequence";

    public const string ReadHistory = "SELECT payload, previous_hash, hash FROM entries WHERE subject = $subject AND kind <> 'contact-decision' ORDER BY sequence";

    public const string AllSubjects = "SELECT subject, length, head FROM subjects ORDER BY subject";

    public const string OrphanSubjects = "SELECT DISTINCT subject FROM entries WHERE subject NOT IN (SELECT subject FROM subjects)";
}
