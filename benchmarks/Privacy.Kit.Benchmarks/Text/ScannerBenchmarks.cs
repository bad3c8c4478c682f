using BenchmarkDotNet.Attributes;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Benchmarks.Text;

/// <summary>
/// The free-text scanner against a compiled-Regex scrubber with the same kinds and checksums, on the labelled corpus the
/// quality test uses (fixed seed): notes with personal data, and notes with none (amounts, dates, order numbers only).
/// Each operation scans the whole set of notes; divide the set's characters by the mean for throughput.
/// </summary>
[MemoryDiagnoser]
public class ScannerBenchmarks
{
    private const int NoteCount = 200;
    private readonly PersonalDataMatch[] buffer = new PersonalDataMatch[64];
    private readonly RegexScrubber regex = new();

    /// <summary>The built-in word cues plus twenty special-category terms a user added (a clinic, conditions, unions).</summary>
    private readonly WordCues withAddedTerms = WordCues.Create(
    [
        "ziekte van Crohn", "Lyme", "Praktijk De Linde", "Altrecht", "Parnassia", "fibromyalgie", "ME/CVS", "long covid",
        "coeliakie", "hemofilie", "Tourette", "PTSS", "eetstoornis", "anorexia", "boulimia", "ACV-lid", "ABVV-lid",
        "ACLVB", "vrijmetselaar", "Sikh",
    ]);

    private string[] notes = [];

    /// <summary>Gets or sets which notes to scan.</summary>
    [Params("with personal data", "without personal data")]
    public string Notes { get; set; } = "with personal data";

    /// <summary>Gets the total characters in the set (reported so throughput can be computed).</summary>
    public int Characters { get; private set; }

    /// <summary>Generates the notes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = new ContactCenterCorpus(seed: 20261128);
        var labelled = Notes == "with personal data" ? corpus.Notes(NoteCount) : corpus.CleanNotes(NoteCount);
        notes = labelled.Select(n => n.Text).ToArray();
        Characters = notes.Sum(n => n.Length);
        var scanned = Scanner();
        var regexFound = Regex();
        Console.WriteLine($"// {Notes}: {NoteCount} notes, {Characters} characters; scanner found {scanned}, regex scrubber found {regexFound}");
    }

    /// <summary>The baseline: compiled regexes with the same validation.</summary>
    [Benchmark(Baseline = true)]
    public int Regex()
    {
        var found = 0;
        foreach (var note in notes)
        {
            found += regex.Find(note).Count;
        }

        return found;
    }

    /// <summary>The scanner into a caller-provided buffer.</summary>
    [Benchmark]
    public int Scanner()
    {
        var found = 0;
        foreach (var note in notes)
        {
            found += PersonalDataScanner.Scan(note, buffer);
        }

        return found;
    }

    /// <summary>The scanner with twenty added special-category terms, as <c>SpecialCategoryTerms</c> configures it.</summary>
    [Benchmark]
    public int ScannerWithAddedTerms()
    {
        var found = 0;
        foreach (var note in notes)
        {
            var nextCue = PersonalDataScanner.CueNotSearched;
            found += PersonalDataScanner.Scan(note, buffer, 0, ref nextCue, withAddedTerms);
        }

        return found;
    }
}
