using System.Text;
using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Baseline;

/// <summary>
/// The stable identity of a finding in <c>privacy-kit.baseline.json</c>: rule, file, containing member and a
/// fingerprint of the flagged expression, never a line number, so edits elsewhere in a file keep old findings
/// baselined. Every Privacy.Kit diagnostic carries its member and fingerprint in its properties
/// (<see cref="MemberProperty"/>, <see cref="FingerprintProperty"/>), which is what <c>privacy-kit</c> writes.
/// </summary>
public static class BaselineFingerprint
{
    /// <summary>The diagnostic property holding the containing member (<c>Namespace.Type.Member</c>).</summary>
    public const string MemberProperty = "PrivacyKit.Member";

    /// <summary>The diagnostic property holding the expression fingerprint.</summary>
    public const string FingerprintProperty = "PrivacyKit.Fingerprint";

    /// <summary>The name of the baseline file, given to the compiler as an <c>AdditionalFiles</c> item.</summary>
    public const string FileName = "privacy-kit.baseline.json";

    /// <summary>
    /// The fingerprint of a finding of <paramref name="ruleId"/> on <paramref name="expressionText"/>: 16 hex digits of
    /// a 64-bit FNV-1a hash over the rule and the expression with all whitespace removed (so reformatting keeps it).
    /// </summary>
    /// <param name="ruleId">The rule identifier, such as <c>PK1001</c>.</param>
    /// <param name="expressionText">The source text of the flagged expression.</param>
    /// <returns>The fingerprint, lower-case hexadecimal.</returns>
    public static string Compute(string ruleId, string expressionText)
    {
        if (ruleId is null)
        {
            throw new ArgumentNullException(nameof(ruleId));
        }

        if (expressionText is null)
        {
            throw new ArgumentNullException(nameof(expressionText));
        }

        return Text(Add(Add(OffsetBasis, ruleId), expressionText));
    }

    /// <summary>
    /// <see cref="Compute(string, string)"/> of <paramref name="expression"/>'s text, read from its tree's source text
    /// instead of writing the node out as a new string (every finding has a fingerprint).
    /// </summary>
    internal static string Compute(string ruleId, SyntaxNode expression)
    {
        var text = expression.SyntaxTree.GetText();
        var span = expression.Span;
        var hash = Add(OffsetBasis, ruleId);
        for (var i = span.Start; i < span.End; i++)
        {
            hash = Add(hash, text[i]);
        }

        return Text(hash);
    }

    private const ulong OffsetBasis = 14695981039346656037;

    private static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>One character into the FNV-1a hash, both bytes; whitespace is skipped (reformatting keeps the fingerprint).</summary>
    private static ulong Add(ulong hash, char c)
    {
        const ulong prime = 1099511628211;
        if (char.IsWhiteSpace(c))
        {
            return hash;
        }

        hash = (hash ^ (byte)c) * prime;
        return (hash ^ (byte)(c >> 8)) * prime;
    }

    private static string Text(ulong hash) => hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The path a baseline entry uses for <paramref name="sourcePath"/>: relative to the folder of the baseline file,
    /// with forward slashes; unchanged (slashes normalised) when the source is outside that folder.
    /// </summary>
    /// <param name="sourcePath">The full path of the source file.</param>
    /// <param name="baselineDirectory">The folder that holds the baseline file.</param>
    /// <returns>The path as written in the baseline.</returns>
    public static string RelativePath(string sourcePath, string baselineDirectory)
    {
        if (sourcePath is null)
        {
            throw new ArgumentNullException(nameof(sourcePath));
        }

        var source = sourcePath.Replace('\\', '/');
        if (string.IsNullOrEmpty(baselineDirectory))
        {
            return source;
        }

        var root = baselineDirectory.Replace('\\', '/');
        if (!root.EndsWith("/", StringComparison.Ordinal))
        {
            root += "/";
        }

        return source.StartsWith(root, StringComparison.Ordinal) ? source.Substring(root.Length) : source;
    }

    /// <summary>Writes <paramref name="entries"/> as a baseline file the analyzers read, sorted for stable diffs.</summary>
    /// <param name="entries">The findings to baseline.</param>
    /// <returns>The JSON text of the file.</returns>
    public static string Write(IEnumerable<BaselineEntry> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        var sorted = entries
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Member, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        var json = new StringBuilder();
        json.Append("{\n  \"version\": 1,\n  \"findings\": [");
        for (var i = 0; i < sorted.Count; i++)
        {
            var entry = sorted[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    { \"rule\": ").Append(Quote(entry.Rule))
                .Append(", \"file\": ").Append(Quote(entry.File))
                .Append(", \"member\": ").Append(Quote(entry.Member))
                .Append(", \"fingerprint\": ").Append(Quote(entry.Fingerprint))
                .Append(" }");
        }

        json.Append(sorted.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return json.ToString();
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
