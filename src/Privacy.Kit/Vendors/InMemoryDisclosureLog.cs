namespace Privacy.Kit.Vendors;

/// <summary>A disclosure log in memory, for tests and single-process tools; it forgets everything on restart.</summary>
public sealed class InMemoryDisclosureLog : IDisclosureLog
{
    private readonly List<Disclosure> disclosures = [];

    /// <inheritdoc />
    public ValueTask AppendAsync(Disclosure disclosure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        lock (disclosures)
        {
            disclosures.Add(disclosure);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Disclosure>> ForVendorAsync(string vendor, CancellationToken cancellationToken = default) =>
        Find(d => string.Equals(d.Vendor, vendor, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Disclosure>> ForSubjectAsync(string subject, CancellationToken cancellationToken = default) =>
        Find(d => d.Subjects.Contains(subject, StringComparer.Ordinal));

    private ValueTask<IReadOnlyList<Disclosure>> Find(Func<Disclosure, bool> match)
    {
        lock (disclosures)
        {
            return ValueTask.FromResult<IReadOnlyList<Disclosure>>(disclosures.Where(match).ToArray());
        }
    }
}
