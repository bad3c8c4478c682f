// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/README.md): keep it netstandard2.0 C#.
namespace Privacy.Kit;

/// <summary>What the name of the type that declares a member says about the member's value (<see cref="NameHeuristics.MatchMember"/>).</summary>
[Flags]
internal enum OwnerTypeTraits
{
    None = 0,

    /// <summary>The type describes a person: its <c>Name</c> is the person's name (<c>Buyer</c>, <c>CustomerDto</c>).</summary>
    PersonLike = 1,

    /// <summary>Configuration, an organisation's own data, or goods and prices: no member of it is a person's data.</summary>
    NotAPerson = 2,

    /// <summary>A business's premises: its postal address is the business's, not a person's.</summary>
    Premises = 4,
}
