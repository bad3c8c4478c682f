using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// The rules in force, resolved once from <see cref="ContactRuleOptions"/>: per registered jurisdiction its rules, its
/// calling hours with the configured holiday data applied, and the rule-set version its decisions record; and the data
/// the rules consult (the Belgian opt-out list).
/// </summary>
internal sealed class ContactRuleSet
{
    private readonly FrozenDictionary<Jurisdiction, JurisdictionInForce> _jurisdictions;

    public ContactRuleSet(IEnumerable<JurisdictionInForce> jurisdictions, IDoNotCallRegister? doNotCallMe)
    {
        _jurisdictions = jurisdictions.ToFrozenDictionary(j => j.Rules.Jurisdiction);
        DoNotCallMe = doNotCallMe;
    }

    /// <summary>The Belgian "Do Not Call Me" list, when one was configured.</summary>
    public IDoNotCallRegister? DoNotCallMe { get; }

    /// <summary>The rules, hours and version of a jurisdiction.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The jurisdiction is not registered.</exception>
    public JurisdictionInForce this[Jurisdiction jurisdiction] => _jurisdictions.TryGetValue(jurisdiction, out var found)
        ? found
        : throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "No rules are registered for this jurisdiction.");
}
