using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text;

/// <summary>Scans a text and reads the matches back as the substrings a reader would see.</summary>
internal static class Scanned
{
    public static IReadOnlyList<(string Value, PersonalDataKind Kind, MatchConfidence Confidence)> Items(string text)
    {
        var matches = PersonalDataScanner.FindAll(text);
        var items = new List<(string, PersonalDataKind, MatchConfidence)>(matches.Length);
        foreach (var match in matches)
        {
            items.Add((text.Substring(match.Start, match.Length), match.Kind, match.Confidence));
        }

        return items;
    }

    public static (string Value, PersonalDataKind Kind, MatchConfidence Confidence) Single(string text) => Assert.Single(Items(text));

    /// <summary>An item without its confidence, for tests about what is found, not how sure the scanner is.</summary>
    public static (string Value, PersonalDataKind Kind) Kinded((string Value, PersonalDataKind Kind, MatchConfidence Confidence) item) => (item.Value, item.Kind);
}
