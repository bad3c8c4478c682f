using System.Text;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The personal data a type holds: a member (<c>Customer.Email</c>) and its kind, followed by the type's other
/// personal members (<see cref="Next"/>), so a message can name them all.
/// </summary>
internal sealed class HeldPersonalData(string member, string kind, HeldPersonalData? next = null)
{
    /// <summary>At most this many members are named in one message.</summary>
    public const int MaxNamed = 4;

    /// <summary>The member that holds personal data, as <c>Type.Member</c>.</summary>
    public string Member { get; } = member;

    public string Kind { get; } = kind;

    /// <summary>The type's next personal member, or <see langword="null"/>.</summary>
    public HeldPersonalData? Next { get; } = next;

    /// <summary>The members in order, as one chain.</summary>
    public static HeldPersonalData Chain(List<HeldPersonalData> members)
    {
        var chain = members[members.Count - 1];
        for (var i = members.Count - 2; i >= 0; i--)
        {
            chain = new HeldPersonalData(members[i].Member, members[i].Kind, chain);
        }

        return chain;
    }

    /// <summary><c>Order.CardNumber (PaymentCard), Order.CardHolderName (PersonName)</c>.</summary>
    public string Describe()
    {
        if (Next is null)
        {
            return Member + " (" + Kind + ")";
        }

        var text = new StringBuilder();
        for (var current = this; current is not null; current = current.Next)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(current.Member).Append(" (").Append(current.Kind).Append(')');
        }

        return text.ToString();
    }
}
