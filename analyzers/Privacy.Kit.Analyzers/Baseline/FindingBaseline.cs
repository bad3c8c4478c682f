using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Privacy.Kit.Analyzers.Baseline;

/// <summary>The findings of a <c>privacy-kit.baseline.json</c> AdditionalFile: these are known and not reported again.</summary>
internal sealed class FindingBaseline
{
    private readonly HashSet<BaselineEntry> _entries;

    private FindingBaseline(HashSet<BaselineEntry> entries, string directory, string? path, string? error)
    {
        _entries = entries;
        Directory = directory;
        Path = path;
        Error = error;
    }

    public static FindingBaseline None { get; } = new([], string.Empty, path: null, error: null);

    /// <summary>The folder of the baseline file: entry paths are relative to it.</summary>
    public string Directory { get; }

    /// <summary>The baseline file, or <see langword="null"/> when there is none.</summary>
    public string? Path { get; }

    /// <summary>Why the baseline file could not be read, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static FindingBaseline From(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        foreach (var file in additionalFiles)
        {
            if (!string.Equals(System.IO.Path.GetFileName(file.Path), BaselineFingerprint.FileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var directory = System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty;
            var text = file.GetText(cancellationToken)?.ToString();
            if (text is null)
            {
                return new FindingBaseline([], directory, file.Path, "the file cannot be read");
            }

            try
            {
                return new FindingBaseline([.. BaselineJsonReader.Read(text)], directory, file.Path, error: null);
            }
            catch (FormatException exception)
            {
                return new FindingBaseline([], directory, file.Path, exception.Message);
            }
        }

        return None;
    }

    public bool Contains(BaselineEntry entry) => _entries.Contains(entry);

    public bool IsEmpty => _entries.Count == 0;
}
