using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;
using Xunit.Abstractions;

namespace Privacy.Kit.Tests.Text;

public sealed class ScannerQualityTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private static readonly Lazy<QualityReport> Report = new(() => QualityReport.Measure(new ContactCenterCorpus(Seed).Notes(4000)));

    [Theory]
    [InlineData(PersonalDataKind.NationalId, 0.99)]
    [InlineData(PersonalDataKind.BankAccount, 0.99)]
    [InlineData(PersonalDataKind.PaymentCard, 0.99)]
    [InlineData(PersonalDataKind.EmailAddress, 0.99)]
    [InlineData(PersonalDataKind.PhoneNumber, 0.97)]
    [InlineData(PersonalDataKind.PostalAddress, 0.97)]
    [InlineData(PersonalDataKind.IpAddress, 0.97)]
    [InlineData(PersonalDataKind.DateOfBirth, 0.97)]
    public void Recall_on_the_labelled_corpus_meets_the_bar(PersonalDataKind kind, double minimum)
    {
        var report = Report.Value;
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.Total(kind) >= 100, $"The corpus holds only {report.Total(kind)} {kind} items.");
        Assert.True(report.Recall(kind) >= minimum, $"{kind} recall {report.Recall(kind):P1} is below {minimum:P0}. Misses: {report.Misses()}");
    }

    [Fact]
    public void The_scanner_finds_exactly_the_kinds_it_declares()
    {
        var found = new HashSet<PersonalDataKind>();
        foreach (var note in new ContactCenterCorpus(Seed).Notes(4000).Concat(new TranscriptCorpus(Seed).Notes(1500)))
        {
            foreach (var match in PersonalDataScanner.FindAll(note.Text))
            {
                found.Add(match.Kind);
            }
        }

        Assert.Equal(PersonalDataScanner.Kinds.Order(), found.Order());
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
