namespace Privacy.Kit.Analyzers.Baseline;

/// <summary>One baselined finding: rule, file (relative to the baseline file), containing member and fingerprint.</summary>
public sealed class BaselineEntry : IEquatable<BaselineEntry>
{
    /// <summary>Initializes a new instance of the <see cref="BaselineEntry"/> class.</summary>
    /// <param name="rule">The rule identifier, such as <c>PK1001</c>.</param>
    /// <param name="file">The source file, relative to the baseline file, with forward slashes.</param>
    /// <param name="member">The containing member, <c>Namespace.Type.Member</c>.</param>
    /// <param name="fingerprint">The expression fingerprint from <see cref="BaselineFingerprint.Compute(string, string)"/>.</param>
    public BaselineEntry(string rule, string file, string member, string fingerprint)
    {
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Member = member ?? throw new ArgumentNullException(nameof(member));
        Fingerprint = fingerprint ?? throw new ArgumentNullException(nameof(fingerprint));
    }

    /// <summary>The rule identifier.</summary>
    public string Rule { get; }

    /// <summary>The source file, relative to the baseline file.</summary>
    public string File { get; }

    /// <summary>The containing member.</summary>
    public string Member { get; }

    /// <summary>The expression fingerprint.</summary>
    public string Fingerprint { get; }

    /// <inheritdoc />
    public bool Equals(BaselineEntry? other) =>
        other is not null
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && string.Equals(File, other.File, StringComparison.Ordinal)
        && string.Equals(Member, other.Member, StringComparison.Ordinal)
        && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BaselineEntry);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Rule);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(File);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Member);
            return (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Fingerprint);
        }
    }
}
