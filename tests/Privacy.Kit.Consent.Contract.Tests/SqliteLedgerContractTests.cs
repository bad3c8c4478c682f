using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Consent.Contract.Tests;

public sealed class SqliteLedgerContractTests : ConsentLedgerContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-kit-contract-").FullName;

    protected override IConsentLedger Open(SubjectPseudonymizer pseudonymizer, TimeProvider clock) =>
        SqliteConsentLedger.Open(Path.Combine(_folder, "consent.db"), pseudonymizer, new SqliteConsentLedgerOptions { TimeProvider = clock, Durability = SqliteDurability.ProcessCrash });

    protected override void Cleanup() => Directory.Delete(_folder, recursive: true);
}
