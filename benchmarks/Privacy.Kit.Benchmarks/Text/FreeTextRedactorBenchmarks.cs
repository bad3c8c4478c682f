using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Redaction;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Benchmarks.Text;

/// <summary>
/// The FreeText redactor <c>AddPrivacyKit()</c> registers, on single notes through the span API: scanning plus masking
/// each item with its kind's default redactor, against a compiled-Regex scrubber in the same run. Allocation must stay
/// 0 on the span API whether or not the note holds personal data.
/// </summary>
[MemoryDiagnoser]
public class FreeTextRedactorBenchmarks
{
    private readonly Redactor redactor = PrivacyKitRedactors.Default.For(PersonalDataKind.FreeText);
    private readonly RegexScrubber regex = new();
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

    /// <summary>The baseline: a compiled-Regex scrubber with the same kinds and checksums, replacing each item with ***.</summary>
    [Benchmark(Baseline = true)]
    public string RegexScrub() => regex.Redact(note);

    /// <summary>The string API, as the logger uses it: one exact-length string per note.</summary>
    [Benchmark]
    public string RedactString() => redactor.Redact(note);

    /// <summary>Redacts into a caller-provided buffer.</summary>
    [Benchmark]
    public int RedactSpan() => redactor.Redact(note, destination);

    /// <summary>Computes the exact redacted length (a scan).</summary>
    [Benchmark]
    public int RedactedLength() => redactor.GetRedactedLength(note);
}
