using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// What an object built by a constructor of this compilation carries from the constructor's arguments: the parameters
/// its string form shows (stored into members its <c>ToString</c>, <c>PrintMembers</c> or a record's generated printing
/// reads), and the public members that keep a parameter without printing it (a serializer or a destructuring logger
/// writes those). A parameter the object only stores privately, or checks and drops, is carried by neither. Personal
/// data the constructor reads itself from its arguments' members (<c>Contact = customer.Email</c>) counts by its kind.
/// </summary>
internal sealed class ConstructionSummary(
    IReadOnlyList<int> printedParameters,
    IReadOnlyList<(int Ordinal, string Member)> heldParameters,
    IReadOnlyList<string> printedKinds,
    IReadOnlyList<(string Member, string Kind)> heldKinds,
    HashSet<ISymbol> printedMembers)
{
    /// <summary>The kinds of the personal data the constructor stores itself where the string form shows it.</summary>
    public IReadOnlyList<string> PrintedKinds { get; } = printedKinds;

    /// <summary>The kinds it stores itself in a public member the string form does not show, with that member's name.</summary>
    public IReadOnlyList<(string Member, string Kind)> HeldKinds { get; } = heldKinds;

    /// <summary>The ordinals of the parameters the object's string form shows.</summary>
    public IReadOnlyList<int> PrintedParameters { get; } = printedParameters;

    /// <summary>The parameters kept in a public member that the string form does not show, with that member's name.</summary>
    public IReadOnlyList<(int Ordinal, string Member)> HeldParameters { get; } = heldParameters;

    /// <summary>Whether the type's string form reads <paramref name="member"/> (for object initialisers).</summary>
    public bool Prints(ISymbol member) => printedMembers.Contains(member.OriginalDefinition);
}
