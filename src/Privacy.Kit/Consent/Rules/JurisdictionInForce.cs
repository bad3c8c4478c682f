namespace Privacy.Kit.Consent;

/// <summary>One jurisdiction as a <see cref="ContactRuleSet"/> applies it.</summary>
/// <param name="Rules">Its rules.</param>
/// <param name="Hours">Its calling hours: the configured ones or the rules' defaults, with holiday data applied.</param>
internal sealed record JurisdictionInForce(JurisdictionRules Rules, CallingHours Hours)
{
    /// <summary>The rule-set version of its decisions: the rules' version and the calling hours' version.</summary>
    public string Version { get; } = Rules.Version + "/" + Hours.Version;
}
