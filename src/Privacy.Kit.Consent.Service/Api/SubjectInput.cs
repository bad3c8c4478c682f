using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// The person a request names: <c>subject</c>, read as <c>subjectKind</c> says (<c>phone</c>, <c>email</c>,
/// <c>customer</c>) or, without it, by its form, as on the command line.
/// </summary>
internal static class SubjectInput
{
    public static SubjectId Read(string subject, string? subjectKind)
    {
        try
        {
            return subjectKind switch
            {
                null => SubjectId.Parse(subject),
                "phone" => SubjectId.Phone(subject),
                "email" => SubjectId.Email(subject),
                "customer" => SubjectId.Customer(subject),
                _ => throw new InvalidFieldException("subjectKind", $"subjectKind: unknown value '{subjectKind}'; expected phone, email, customer."),
            };
        }
        catch (FormatException e)
        {
            throw new InvalidFieldException("subject", "subject: " + e.Message);
        }
    }
}
