namespace Privacy.Kit.Consent.Contract.Tests;

public sealed class InMemoryLedgerContractTests : ConsentLedgerContract
{
    protected override IConsentLedger Open(SubjectPseudonymizer pseudonymizer, TimeProvider clock) => new InMemoryConsentLedger(clock);
}
