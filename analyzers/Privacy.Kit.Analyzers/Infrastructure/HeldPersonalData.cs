namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>The personal data a type holds: the first member found (<c>Customer.Email</c>) and its kind.</summary>
internal sealed class HeldPersonalData(string member, string kind)
{
    /// <summary>The member that holds personal data, as <c>Type.Member</c>.</summary>
    public string Member { get; } = member;

    public string Kind { get; } = kind;
}
