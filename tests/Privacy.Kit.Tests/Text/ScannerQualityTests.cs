using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;
using Xunit.Abstractions;

namespace Privacy.Kit.Tests.Text;

public sealed class ScannerQualityTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private static readonly Lazy<QualityReport> Report = new(() => QualityReport.Measure(new ContactCenterCorpus(Seed).Notes(4000)));

    [Theory]
    [InlineData(DetectedDataKind.NationalId, 0.99)]
    [InlineData(DetectedDataKind.BankAccount, 0.99)]
    [InlineData(DetectedDataKind.PaymentCard, 0.99)]
    [InlineData(DetectedDataKind.EmailAddress, 0.99)]
    [InlineData(DetectedDataKind.PhoneNumber, 0.97)]
    [InlineData(DetectedDataKind.PostalAddress, 0.97)]
    [InlineData(DetectedDataKind.IpAddress, 0.97)]
    [InlineData(DetectedDataKind.DateOfBirth, 0.97)]
    public void Recall_on_the_labelled_corpus_meets_the_bar(DetectedDataKind kind, double minimum)
    {
        var report = Report.Value;
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.Total(kind) >= 100, $"The corpus holds only {report.Total(kind)} {kind} items.");
        Assert.True(report.Recall(kind) >= minimum, $"{kind} recall {report.Recall(kind):P1} is below {minimum:P0}. Misses: {report.Misses()}");
    }

    [Fact]
    public void Distractors_survive_on_the_labelled_corpus()
    {
        var report = Report.Value;
        output.WriteLine(report.ToMarkdown());
        output.WriteLine("Misses: " + report.Misses());

        Assert.True(report.Distractors >= 1000, $"The corpus holds only {report.Distractors} distractors.");
        Assert.True(report.DistractorsIntactShare >= 0.98, $"Only {report.DistractorsIntactShare:P1} of distractors left intact.");
    }

    [Fact]
    public void Notes_without_personal_data_come_through_untouched()
    {
        foreach (var note in new ContactCenterCorpus(Seed).CleanNotes(500))
        {
            Assert.Empty(PersonalDataScanner.FindAll(note.Text));
        }
    }
}
