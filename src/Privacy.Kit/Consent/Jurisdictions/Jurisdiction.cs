namespace Privacy.Kit.Consent;

/// <summary>Whose contact rules apply: the country of the person contacted. Written as <c>NL</c> and <c>BE</c>.</summary>
public enum Jurisdiction
{
    /// <summary>The Netherlands: opt-in for telephone marketing to natural persons (Telecommunicatiewet art. 11.7).</summary>
    Netherlands,

    /// <summary>Belgium: opt-out for telephone marketing, with the "Do Not Call Me" list.</summary>
    Belgium,
}
