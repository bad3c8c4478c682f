using System.Text.RegularExpressions;

namespace Privacy.Kit.Tests.Conventions;

/// <summary>
/// The scanner (<c>Text/</c>) finds personal data; <c>Redaction/</c> replaces it, in values and in text. Redaction
/// depends on the scanner, never the reverse, so the scanner can be read, tested and changed without the redactors.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private const string Library = "src/Privacy.Kit";

    [Fact]
    public void The_scanner_folder_uses_nothing_declared_in_the_redaction_folder()
    {
        var redactionTypes = DeclaredTypes("Redaction");
        Assert.NotEmpty(redactionTypes);

        var uses = RepositoryFiles.Under($"{Library}/Text", ".cs")
            .SelectMany(path => Identifiers(File.ReadAllText(path))
                .Where(redactionTypes.Contains)
                .Concat(File.ReadAllText(path).Contains("Privacy.Kit.Redaction", StringComparison.Ordinal) ? ["Privacy.Kit.Redaction"] : [])
                .Select(identifier => $"{Path.GetFileName(path)} uses {identifier}"))
            .Distinct()
            .ToList();

        Assert.Empty(uses);
    }

    [Fact]
    public void The_redaction_folder_uses_the_scanner()
    {
        var scannerTypes = DeclaredTypes("Text");

        var uses = RepositoryFiles.Under($"{Library}/Redaction", ".cs")
            .SelectMany(path => Identifiers(File.ReadAllText(path)))
            .Where(scannerTypes.Contains);

        Assert.Contains("PersonalDataScanner", uses);
    }

    private static HashSet<string> DeclaredTypes(string folder) =>
        RepositoryFiles.Under($"{Library}/{folder}", ".cs")
            .SelectMany(path => TypeDeclaration().Matches(File.ReadAllText(path)).Select(match => match.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Identifiers(string source) =>
        Identifier().Matches(source).Select(match => match.Value);

    [GeneratedRegex(@"\b(?:class|struct|record|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Za-z_]\w*")]
    private static partial Regex Identifier();
}
