using System.Text;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text.PeerText;

/// <summary>
/// Scores the scanner on the peers' cases by the rules of <c>shared/peer-text/score.py</c>: an expected item is found
/// when every non-space character of it is inside a label of its kind; a negative is a false positive when any label
/// appears in it, unless it is a <c>policy</c> negative labelled only with its own kind. Labels of a kind score.py does
/// not know make the CLI output unalignable, which score.py counts as no labels at all.
/// </summary>
internal sealed class PeerTextScore
{
    private static readonly HashSet<string> ScoredKinds =
    [
        "NationalId", "BankAccount", "PaymentCard", "PhoneNumber", "EmailAddress", "IpAddress", "PostalAddress", "DateOfBirth", "PersonName",
    ];

    private readonly List<Row> items = [];
    private readonly List<Row> negatives = [];
    private readonly List<string> unalignable = [];

    public int AlignmentErrors { get; private set; }

    public int Items => items.Count;

    public int Found => items.Count(r => r.Status == "found");

    public int ClaimedItems => items.Count(r => r.Claimed);

    public int ClaimedFound => items.Count(r => r.Claimed && r.Status == "found");

    public int Negatives => negatives.Count;

    public int FalsePositives => negatives.Count(r => r.Status == "fp");

    public double Recall => (double)Found / Items;

    public double ClaimedRecall => (double)ClaimedFound / ClaimedItems;

    public double FalsePositiveShare => (double)FalsePositives / Negatives;

    public static PeerTextScore Measure(IEnumerable<PeerTextCase> cases)
    {
        var score = new PeerTextScore();
        foreach (var c in cases)
        {
            var found = Labels(c.Text, out var alignable);
            if (!alignable)
            {
                score.AlignmentErrors++;
                score.unalignable.Add($"UNALIGNED {c.Kind} {c.Source} #{c.Id} {Show(c.Text)}");
            }

            if (c.Kind == "unsupported")
            {
                continue;
            }

            if (c.Expected is null)
            {
                var status = found.Count == 0 ? "clean"
                    : c.Policy is not null && found.All(f => f.Kind == c.Kind) ? "policy" : "fp";
                score.negatives.Add(new Row(c, c.Kind, default, status, found));
                continue;
            }

            foreach (var item in c.Expected)
            {
                if (item.Kind == "unsupported")
                {
                    continue;
                }

                score.items.Add(new Row(c, item.Kind, item, Classify(c.Text, item, found), found));
            }
        }

        return score;
    }

    /// <summary>The per-kind table and the summary line, as score.py prints them.</summary>
    public string Table()
    {
        var builder = new StringBuilder();
        builder.AppendLine($"{"kind",-16} {"items",6} {"found",6} {"recall",7} {"claimed",8} {"c.rec",6} {"part",5} {"conf",5} {"miss",5} {"negs",5} {"fp",4} {"fp%",6} {"policy",6}");
        foreach (var group in items.Select(r => r.Kind).Concat(negatives.Select(r => r.Kind)).Distinct().Order(StringComparer.Ordinal))
        {
            var its = items.Where(r => r.Kind == group).ToList();
            var ns = negatives.Where(r => r.Kind == group).ToList();
            var cl = its.Where(r => r.Claimed).ToList();
            var f = its.Count(r => r.Status == "found");
            var fp = ns.Count(r => r.Status == "fp");
            builder.AppendLine(
                $"{group,-16} {its.Count,6} {f,6} {PeerTextCases.Share(f, its.Count),7} {cl.Count,8} {PeerTextCases.Share(cl.Count(r => r.Status == "found"), cl.Count),6} "
                + $"{its.Count(r => r.Status == "partial"),5} {its.Count(r => r.Status == "confused"),5} {its.Count(r => r.Status == "missed"),5} "
                + $"{ns.Count,5} {fp,4} {PeerTextCases.Share(fp, ns.Count),6} {ns.Count(r => r.Status == "policy"),6}");
        }

        builder.AppendLine(
            $"recall {PeerTextCases.Share(Found, Items)} ({Found}/{Items}), claimed-form recall {PeerTextCases.Share(ClaimedFound, ClaimedItems)} "
            + $"({ClaimedFound}/{ClaimedItems}), fp {PeerTextCases.Share(FalsePositives, Negatives)} ({FalsePositives}/{Negatives}), alignment errors {AlignmentErrors}");
        return builder.ToString();
    }

    /// <summary>
    /// Every item not found, every false positive and every text labelled with a kind score.py does not know, one line
    /// each, with what the scanner labelled.
    /// </summary>
    public string Misses()
    {
        var builder = new StringBuilder();
        foreach (var row in items.Where(r => r.Status != "found").OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Case.Source, StringComparer.Ordinal))
        {
            builder.AppendLine($"MISS {row.Kind} {row.Status} {row.Case.Scope} {row.Case.Source} #{row.Case.Id} [{row.Case.Text[row.Item.Start..row.Item.End]}] in: {Show(row.Case.Text)} => {Labelled(row)}");
        }

        foreach (var row in negatives.Where(r => r.Status == "fp").OrderBy(r => r.Kind, StringComparer.Ordinal))
        {
            builder.AppendLine($"FP {row.Kind} {row.Case.Source} #{row.Case.Id} {Show(row.Case.Text)} => {Labelled(row)}");
        }

        foreach (var line in unalignable)
        {
            builder.AppendLine(line);
        }

        return builder.ToString();
    }

    private static string Show(string text) => text.Length > 160 ? text[..160].ReplaceLineEndings(" ") + "..." : text.ReplaceLineEndings(" ");

    private static string Labelled(Row row)
    {
        var builder = new StringBuilder();
        var read = 0;
        foreach (var label in row.Found)
        {
            builder.Append(row.Case.Text, read, label.Start - read).Append('[').Append(label.Kind).Append(']');
            read = label.End;
        }

        builder.Append(row.Case.Text, read, row.Case.Text.Length - read);
        return Show(builder.ToString());
    }

    private static List<PeerTextSpan> Labels(string text, out bool alignable)
    {
        var labels = new List<PeerTextSpan>();
        alignable = true;
        foreach (var match in PersonalDataScanner.FindAll(text))
        {
            var kind = match.Kind.ToString();
            if (!ScoredKinds.Contains(kind))
            {
                alignable = false;
                return [];
            }

            labels.Add(new PeerTextSpan(match.Start, match.End, kind));
        }

        return labels;
    }

    private static string Classify(string text, PeerTextSpan item, List<PeerTextSpan> found)
    {
        var chars = Enumerable.Range(item.Start, item.End - item.Start).Where(i => !char.IsWhiteSpace(text[i])).ToList();
        if (chars.Count == 0)
        {
            chars = [.. Enumerable.Range(item.Start, item.End - item.Start)];
        }

        var right = chars.Count(i => found.Any(f => f.Start <= i && i < f.End && f.Kind == item.Kind));
        if (right == chars.Count)
        {
            return "found";
        }

        if (right > 0)
        {
            return "partial";
        }

        return found.Any(f => f.Kind != item.Kind && f.Start < item.End && f.End > item.Start) ? "confused" : "missed";
    }

    private sealed record Row(PeerTextCase Case, string Kind, PeerTextSpan Item, string Status, List<PeerTextSpan> Found)
    {
        public bool Claimed => Case.Scope == "claimed";
    }
}
