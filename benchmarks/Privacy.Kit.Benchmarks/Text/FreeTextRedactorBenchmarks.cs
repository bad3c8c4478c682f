using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Benchmarks.Text;

/// <summary>
/// <see cref="FreeTextRedactor"/> on single notes through the span API: scanning plus replacing each item. Allocation
/// must stay 0 on the span API whether or not the note holds personal data.
/// </summary>
[MemoryDiagnoser]
public class FreeTextRedactorBenchmarks
{
    private readonly FreeTextRedactor redactor = new(new ErasingKindRedactors());
    private readonly char[] destination = new char[4096];
    private string note = string.Empty;

    /// <summary>Gets or sets which note to redact.</summary>
    [Params("with personal data", "without personal data")]
    public string Note { get; set; } = "with personal data";

    /// <summary>Picks a typical note of each sort from the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = new ContactCenterCorpus(seed: 20261128);
        note = Note == "with personal data" ? corpus.Notes(1)[0].Text : corpus.CleanNotes(1)[0].Text;
        Console.WriteLine($"// {Note}: {note.Length} characters, {PersonalDataScanner.FindAll(note).Length} items");
    }

    /// <summary>Redacts into a caller-provided buffer.</summary>
    [Benchmark]
    public int RedactSpan() => redactor.Redact(note, destination);

    /// <summary>Computes the exact redacted length (a scan).</summary>
    [Benchmark]
    public int RedactedLength() => redactor.GetRedactedLength(note);

    /// <summary>Microsoft's erasing redactor for every kind, so the figures show the scanner's own cost.</summary>
    private sealed class ErasingKindRedactors : IRedactorProvider
    {
        public Redactor GetRedactor(DataClassificationSet classifications) => ErasingRedactor.Instance;
    }
}
