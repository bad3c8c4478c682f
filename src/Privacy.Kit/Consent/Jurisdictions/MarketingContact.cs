namespace Privacy.Kit.Consent;

/// <summary>A marketing contact that no consent or request covers, as a jurisdiction's rules see it.</summary>
/// <param name="history">The person's history, linked identifiers included.</param>
/// <param name="request">The contact.</param>
/// <param name="at">Its moment.</param>
/// <param name="rules">The rule set in force: its data (the Belgian opt-out list) included.</param>
internal readonly ref struct MarketingContact(ReadOnlySpan<ConsentRecord> history, ContactRequest request, DateTimeOffset at, ContactRuleSet rules)
{
    public ReadOnlySpan<ConsentRecord> History { get; } = history;

    public ContactRequest Request { get; } = request;

    public DateTimeOffset At { get; } = at;

    public ContactRuleSet Rules { get; } = rules;
}
