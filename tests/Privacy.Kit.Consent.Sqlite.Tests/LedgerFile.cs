using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;
using Privacy.Kit.Tests.Consent;

namespace Privacy.Kit.Consent.Sqlite.Tests;

/// <summary>A ledger file in a fresh temporary folder, removed afterwards.</summary>
internal sealed class LedgerFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-kit-consent-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "consent.db");

    public SqliteConsentLedger Open(SqliteConsentLedgerOptions? options = null) => SqliteConsentLedger.Open(Path, SampleLedger.Pseudonymizer, options);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
