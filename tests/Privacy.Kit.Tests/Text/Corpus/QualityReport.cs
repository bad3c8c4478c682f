using System.Globalization;
using System.Text;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text.Corpus;

/// <summary>Per-kind recall and the share of distractors left intact, measured by scanning labelled notes.</summary>
internal sealed class QualityReport
{
    private readonly Dictionary<PersonalDataKind, (int Found, int Total)> recall = [];
    private readonly Dictionary<string, (int Found, int Total)> missesByForm = [];
    private readonly List<string> missedExamples = [];

    public int DistractorsIntact { get; private set; }

    public int Distractors { get; private set; }

    public double DistractorsIntactShare => Distractors == 0 ? 1 : (double)DistractorsIntact / Distractors;

    public static QualityReport Measure(IEnumerable<LabelledNote> notes)
    {
        var report = new QualityReport();
        foreach (var note in notes)
        {
            var matches = PersonalDataScanner.FindAll(note.Text);
            foreach (var item in note.Items)
            {
                var found = matches.Any(m => m.Kind == item.Kind && m.Start <= item.Start && m.End >= item.End);
                var (hits, total) = report.recall.GetValueOrDefault(item.Kind);
                report.recall[item.Kind] = (hits + (found ? 1 : 0), total + 1);
                var form = $"{item.Kind} {item.Form}";
                var (formHits, formTotal) = report.missesByForm.GetValueOrDefault(form);
                report.missesByForm[form] = (formHits + (found ? 1 : 0), formTotal + 1);
                if (!found && report.missedExamples.Count < 20)
                {
                    var from = Math.Max(0, item.Start - 30);
                    report.missedExamples.Add($"{form}: \"{note.Text[from..Math.Min(note.Text.Length, item.End + 10)]}\"");
                }
            }

            foreach (var distractor in note.Distractors)
            {
                report.Distractors++;
                if (!matches.Any(m => m.Start < distractor.End && m.End > distractor.Start))
                {
                    report.DistractorsIntact++;
                }
            }
        }

        return report;
    }

    public double Recall(PersonalDataKind kind) => recall.TryGetValue(kind, out var r) && r.Total > 0 ? (double)r.Found / r.Total : 0;

    public int Total(PersonalDataKind kind) => recall.GetValueOrDefault(kind).Total;

    /// <summary>The table for the README: one row per kind, then the distractors.</summary>
    public string ToMarkdown()
    {
        var table = new StringBuilder("| kind | items | recall |\n| --- | ---: | ---: |\n");
        foreach (var (kind, (found, total)) in recall.OrderBy(r => r.Key))
        {
            table.Append(CultureInfo.InvariantCulture, $"| {kind} | {total} | {100.0 * found / total:0.0}% |\n");
        }

        table.Append(CultureInfo.InvariantCulture, $"| distractors left intact | {Distractors} | {100 * DistractorsIntactShare:0.0}% |\n");
        return table.ToString();
    }

    /// <summary>The written forms with misses, to say what to fix when a threshold fails.</summary>
    public string Misses() => string.Join(
        "; ",
        missesByForm.Where(f => f.Value.Found < f.Value.Total).Select(f => $"{f.Key}: {f.Value.Found}/{f.Value.Total}"))
        + "\nFor example:\n" + string.Join('\n', missedExamples);
}
