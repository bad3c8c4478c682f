namespace Privacy.Kit.Vendors;

/// <summary>The legal ground for transferring personal data outside the European Economic Area (GDPR Chapter V).</summary>
public enum TransferMechanism
{
    /// <summary>No transfer mechanism: the vendor may only process data inside the EEA.</summary>
    None = 0,

    /// <summary>An adequacy decision of the European Commission (GDPR Art. 45).</summary>
    AdequacyDecision,

    /// <summary>Standard contractual clauses (GDPR Art. 46(2)(c)).</summary>
    StandardContractualClauses,

    /// <summary>Binding corporate rules (GDPR Art. 47).</summary>
    BindingCorporateRules,
}
