using System.Text;
using Privacy.Kit.Tests.Text.Corpus;

namespace Privacy.Kit.Benchmarks.Text;

/// <summary>
/// The two command-line tools the end-to-end comparison with <c>privacy-kit redact</c> needs (benchmarks/README.md):
/// <c>notes FILE MEGABYTES</c> writes corpus notes, one per line, half with personal data and half without;
/// <c>regex-redact FILE</c> is the compiled-Regex scrubber as a command line, writing each line of FILE with every item
/// replaced to standard output, as a user would write it (line by line, one core).
/// </summary>
internal static class EndToEndTools
{
    public static bool TryRun(string[] args)
    {
        switch (args)
        {
            case ["notes", var path, var megabytes]:
                WriteNotes(path, long.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture) << 20);
                return true;
            case ["regex-redact", var path]:
                RegexRedact(path);
                return true;
            default:
                return false;
        }
    }

    private static void WriteNotes(string path, long length)
    {
        var corpus = new ContactCenterCorpus(seed: 2026);
        var withData = corpus.Notes(2000);
        var clean = corpus.CleanNotes(2000);
        var lines = withData.Zip(clean).SelectMany(pair => new[] { pair.First.Text, pair.Second.Text })
            .Select(text => text.ReplaceLineEndings(" ")).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        long written = 0;
        for (var i = 0; written < length; i = (i + 1) % lines.Length)
        {
            writer.Write(lines[i]);
            writer.Write('\n');
            written += Encoding.UTF8.GetByteCount(lines[i]) + 1;
        }
    }

    private static void RegexRedact(string path)
    {
        var scrubber = new RegexScrubber();
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), false, 1 << 16);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            output.Write(scrubber.Redact(line));
            output.Write('\n');
        }
    }
}
