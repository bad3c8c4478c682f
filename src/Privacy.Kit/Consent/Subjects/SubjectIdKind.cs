namespace Privacy.Kit.Consent;

/// <summary>What kind of identifier names a person in the consent ledger.</summary>
public enum SubjectIdKind
{
    /// <summary>A telephone number in international form (<c>+31612345678</c>).</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>The organisation's own customer number.</summary>
    CustomerId,
}
