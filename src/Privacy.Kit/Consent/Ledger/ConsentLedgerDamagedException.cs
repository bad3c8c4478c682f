namespace Privacy.Kit.Consent;

/// <summary>
/// An entry of the consent ledger cannot be read, or its stored columns disagree with its hashed payload: the evidence is
/// damaged, so no decision is made on it (a missed objection must not become an allowed call). Run <c>verify</c> to see
/// every broken entry.
/// </summary>
public sealed class ConsentLedgerDamagedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is damaged and how.</param>
    public ConsentLedgerDamagedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which entry is damaged and how.</param>
    /// <param name="innerException">Why the entry could not be read.</param>
    public ConsentLedgerDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
