namespace Privacy.Kit.Consent;

/// <summary>
/// What ties one person's entries to the whole ledger: the tree they are proven in (its size and root, and the
/// signed digest when one was given), one RFC 9162 inclusion proof per entry, and the state of the ledger when the
/// proof was made.
/// </summary>
public sealed class InclusionEvidence
{
    internal InclusionEvidence(string ledgerId, long treeSize, Digest256 root, IReadOnlyList<IReadOnlyList<Digest256>> paths, LedgerDigest? digest, LedgerVerification ledger)
    {
        LedgerId = ledgerId;
        TreeSize = treeSize;
        Root = root;
        Paths = paths;
        Digest = digest;
        Ledger = ledger;
    }

    /// <summary>The ledger the entries are in.</summary>
    public string LedgerId { get; }

    /// <summary>The size of the tree the entries are proven in.</summary>
    public long TreeSize { get; }

    /// <summary>The root of that tree, 64 lower-case hexadecimal characters.</summary>
    public string RootHash => Root.ToHex();

    /// <summary>The signed digest the proof is against; null when it is against the ledger as it was.</summary>
    public LedgerDigest? Digest { get; }

    /// <summary>How the whole ledger verified when the proof was made.</summary>
    public LedgerVerification Ledger { get; }

    internal Digest256 Root { get; }

    /// <summary>The audit path of each entry, in the order of the proof's entries.</summary>
    internal IReadOnlyList<IReadOnlyList<Digest256>> Paths { get; }
}
