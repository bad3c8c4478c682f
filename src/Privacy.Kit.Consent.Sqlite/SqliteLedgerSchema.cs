namespace Privacy.Kit.Consent.Sqlite;

/// <summary>
/// The tables of the ledger (format 2). Entries are clustered by person (a decision reads one person's rows) and
/// indexed by their position in the whole ledger (verification and digests read them in that order). Triggers
/// refuse updates and deletes, so only deliberate tampering changes history, and verification shows it.
/// </summary>
internal static class SqliteLedgerSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS ledger_info (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS checkpoint (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), value BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS entries (
            subject BLOB NOT NULL,
            sequence INTEGER NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            previous_hash BLOB NOT NULL,
            hash BLOB NOT NULL,
            payload BLOB NOT NULL,
            PRIMARY KEY (subject, sequence)) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS entries_by_position ON entries (position);
        CREATE TRIGGER IF NOT EXISTS entries_are_append_only_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'consent ledger entries are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS entries_are_append_only_delete BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, 'consent ledger entries are append-only'); END;
        """;

    /// <summary>Whether the file holds tables of format 1 (entries without positions, a subjects table).</summary>
    public const string IsFormat1 = """
        SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries')
           AND NOT EXISTS (SELECT 1 FROM pragma_table_info('entries') WHERE name = 'position')
        """;

    public const string ReadInfo = "SELECT value FROM ledger_info WHERE key = $key";

    public const string WriteInfo = "INSERT INTO ledger_info (key, value) VALUES ($key, $value)";

    public const string ReadCheckpoint = "SELECT value FROM checkpoint WHERE id = 1";

    public const string WriteCheckpoint = "INSERT INTO checkpoint (id, value) VALUES (1, $value) ON CONFLICT (id) DO UPDATE SET value = excluded.value";

    public const string ReadHead = "SELECT sequence, hash FROM entries WHERE subject = $subject ORDER BY sequence DESC LIMIT 1";

    public const string InsertEntry = """
        INSERT INTO entries (subject, sequence, position, kind, previous_hash, hash, payload)
        VALUES ($subject, $sequence, $position, $kind, $previous_hash, $hash, $payload)
        """;

    private const string Columns = "position, subject, sequence, kind, previous_hash, hash, payload";

    public const string ReadChain = $"SELECT {Columns} FROM entries WHERE subject = $subject ORDER BY sequence";

    /// <summary>
    /// A person's rows without decisions. A row is left out only when its kind column and its hashed payload both say
    /// it is a decision (the payload's canonical JSON holds <c>"kind":"contact-decision"</c> only then: string values
    /// escape their quotes), so a kind column edited to <c>contact-decision</c> cannot hide an objection; the ledger
    /// then finds the column and the payload disagree.
    /// </summary>
    public const string ReadHistory = $"""
        SELECT {Columns} FROM entries WHERE subject = $subject
            AND (kind <> 'contact-decision' OR instr(payload, CAST('"kind":"contact-decision"' AS BLOB)) = 0)
            ORDER BY sequence
        """;

    public const string ReadAll = $"SELECT {Columns} FROM entries ORDER BY position";

    public const string ReadFrom = $"SELECT {Columns} FROM entries WHERE position >= $position ORDER BY position";
}
