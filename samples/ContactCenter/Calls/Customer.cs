using System.Text;
using Privacy.Kit;

namespace ContactCenter.Calls;

/// <summary>A customer as the contact center knows them.</summary>
public sealed record Customer(
    [property: PersonalData] string CustomerId,
    [property: PersonName] string Name,
    [property: PhoneNumber] string Phone,
    [property: Email] string Email,
    [property: PostalAddress] string Address)
{
    // Every member is personal data: the printed form names none of them.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("personal data omitted");
        return true;
    }
}
