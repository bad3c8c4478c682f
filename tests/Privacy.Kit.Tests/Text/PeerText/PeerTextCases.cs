using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Tests.Text.PeerText;

/// <summary>
/// Reads the peers' test data from <c>shared/peer-text/</c> beside the clone (never committed: it is other projects'
/// material). The spans in the file count Unicode code points, as Python does; they are converted to UTF-16 indices.
/// </summary>
internal static class PeerTextCases
{
    /// <summary>Gets the path of <c>cases.jsonl</c>, or <see langword="null"/> when the shared folder is not beside the clone.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Reads every case.</summary>
    public static IReadOnlyList<PeerTextCase> Load(string path)
    {
        var cases = new List<PeerTextCase>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var expected = root.GetProperty("expected");
            List<PeerTextSpan>? items = null;
            if (expected.ValueKind == JsonValueKind.Array)
            {
                var index = CodePointIndex(text);
                items = [];
                foreach (var item in expected.EnumerateArray())
                {
                    items.Add(new PeerTextSpan(index[item[0].GetInt32()], index[item[1].GetInt32()], item[2].GetString()!));
                }
            }

            cases.Add(new PeerTextCase(
                root.GetProperty("id").GetInt32(),
                root.GetProperty("source").GetString()!,
                root.GetProperty("kind").GetString()!,
                text,
                items,
                root.GetProperty("scope").GetString() ?? "claimed",
                root.GetProperty("form").GetString() ?? "peer",
                root.TryGetProperty("policy", out var policy) && policy.ValueKind == JsonValueKind.String ? policy.GetString() : null,
                root.GetProperty("note").GetString() ?? string.Empty));
        }

        return cases;
    }

    /// <summary>Maps each code-point index (0..count) to its UTF-16 index.</summary>
    private static int[] CodePointIndex(string text)
    {
        var map = new List<int>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            map.Add(i);
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        map.Add(text.Length);
        return [.. map];
    }

    private static string? Find()
    {
        var variable = Environment.GetEnvironmentVariable("PEER_TEXT_CASES");
        if (!string.IsNullOrEmpty(variable))
        {
            return File.Exists(variable) ? variable : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "peer-text", "cases.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Formats a share as score.py does.</summary>
    public static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);
}
