using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;
using Xunit.Abstractions;

namespace Privacy.Kit.Tests.Text;

/// <summary>The word recognizers on the labelled transcript corpus: every kind they find, and the negatives left alone.</summary>
public sealed class TranscriptQualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<QualityReport> Report = new(() => QualityReport.Measure(new TranscriptCorpus(seed: 20261202).Notes(1500)));

    [Theory]
    [InlineData(PersonalDataKind.PhoneNumber)]
    [InlineData(PersonalDataKind.EmailAddress)]
    [InlineData(PersonalDataKind.PostalAddress)]
    [InlineData(PersonalDataKind.PersonalData)]
    [InlineData(PersonalDataKind.NationalId)]
    [InlineData(PersonalDataKind.PersonName)]
    [InlineData(PersonalDataKind.SpecialCategory)]
    public void Recall_on_the_transcript_corpus_is_at_least_97_percent(PersonalDataKind kind)
    {
        var report = Report.Value;
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.Total(kind) >= 100, $"The corpus holds only {report.Total(kind)} {kind} items.");
        Assert.True(report.Recall(kind) >= 0.97, $"{kind} recall {report.Recall(kind):P1}. Misses: {report.Misses()}");
    }

    [Fact]
    public void Negatives_of_the_transcript_corpus_are_left_intact()
    {
        var report = Report.Value;
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.Distractors >= 500, $"The corpus holds only {report.Distractors} negatives.");
        Assert.Equal(1.0, report.DistractorsIntactShare);
    }
}
