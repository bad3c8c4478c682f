namespace Privacy.Kit.Consent;

/// <summary>
/// Remembers the pseudonym of one <see cref="SubjectId"/> under one pseudonymizer, so that deciding again for the
/// same subject (a dialer working through its call list) does not pay for the keyed hash again.
/// </summary>
internal sealed class PseudonymMemo
{
    private Entry? _entry;

    public bool TryGet(SubjectPseudonymizer owner, out SubjectPseudonym pseudonym)
    {
        var entry = Volatile.Read(ref _entry);
        if (entry is not null && ReferenceEquals(entry.Owner, owner))
        {
            pseudonym = entry.Pseudonym;
            return true;
        }

        pseudonym = default;
        return false;
    }

    public void Set(SubjectPseudonymizer owner, SubjectPseudonym pseudonym) => Volatile.Write(ref _entry, new Entry(owner, pseudonym));

    private sealed record Entry(SubjectPseudonymizer Owner, SubjectPseudonym Pseudonym);
}
