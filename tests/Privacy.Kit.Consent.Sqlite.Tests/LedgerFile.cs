using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Consent.Sqlite.Tests;

/// <summary>A ledger file in a fresh temporary folder, removed afterwards.</summary>
internal sealed class LedgerFile : IDisposable
{
    public static readonly SubjectPseudonymizer Pseudonymizer = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-kit-consent-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "consent.db");

    public static SubjectPseudonym Subject(int n) => Pseudonymizer.Pseudonymize(SubjectId.Customer("C-" + n));

    public static ConsentEvent Event(int n) => new ContactMade
    {
        OccurredAt = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero).AddSeconds(n),
        Purpose = ContactPurpose.Service,
        Channel = ContactChannel.Phone,
        LegalEntity = "Acme B.V.",
        IdentificationGiven = true,
        ObjectionOffered = false,
        Answer = ObjectionAnswer.NotAsked,
    };

    public SqliteConsentLedger Open(SqliteConsentLedgerOptions? options = null) => SqliteConsentLedger.Open(Path, Pseudonymizer, options);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
