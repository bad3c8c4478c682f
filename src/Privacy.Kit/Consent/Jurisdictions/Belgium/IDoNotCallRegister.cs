namespace Privacy.Kit.Consent;

/// <summary>
/// An opt-out list such as the Belgian "Do Not Call Me" list. Plug in your own lookup (a synchronised copy of the
/// list, a service); <see cref="DoNotCallList"/> holds one in memory. Return <see cref="DoNotCallStatus.Unknown"/>
/// when the list cannot answer: the decision then denies.
/// </summary>
public interface IDoNotCallRegister
{
    /// <summary>Looks a person up.</summary>
    /// <param name="subject">The person; the list can only answer for a <see cref="SubjectIdKind.Phone"/> subject.</param>
    /// <param name="at">The moment of the call (a registration takes effect some working days after it is made).</param>
    /// <returns>Whether the person is registered.</returns>
    DoNotCallStatus Lookup(SubjectId subject, DateTimeOffset at);
}
