using Privacy.Kit.Consent.PostgreSql;
using Privacy.Kit.Tests.PostgreSql;

namespace Privacy.Kit.Consent.Contract.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLedgerContractTests(TemporaryPostgreSqlServer server) : ConsentLedgerContract
{
    private readonly string _database = server.CreateDatabase();

    protected override IConsentLedger Open(SubjectPseudonymizer pseudonymizer, TimeProvider clock) =>
        PostgreSqlConsentLedger.Open(_database, pseudonymizer, new PostgreSqlConsentLedgerOptions { TimeProvider = clock });
}
