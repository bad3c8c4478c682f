namespace Privacy.Kit.Vendors;

/// <summary>The record of every disclosure to a vendor. Implement it over a durable store for production.</summary>
public interface IDisclosureLog
{
    /// <summary>Appends a disclosure; must be durable when the returned task completes.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>A task that completes when the disclosure is stored.</returns>
    ValueTask AppendAsync(Disclosure disclosure, CancellationToken cancellationToken = default);

    /// <summary>Every disclosure to a vendor, oldest first.</summary>
    /// <param name="vendor">The vendor name (case-insensitive).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The disclosures.</returns>
    ValueTask<IReadOnlyList<Disclosure>> ForVendorAsync(string vendor, CancellationToken cancellationToken = default);

    /// <summary>Every disclosure about a data subject, oldest first: the recipients to notify of an erasure or objection.</summary>
    /// <param name="subject">The subject's pseudonymous identifier.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The disclosures.</returns>
    ValueTask<IReadOnlyList<Disclosure>> ForSubjectAsync(string subject, CancellationToken cancellationToken = default);
}
