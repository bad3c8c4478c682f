namespace Privacy.Kit.Cli.Scan;

/// <summary>How <c>privacy-kit scan</c> loads the code.</summary>
/// <param name="Restore">Run <c>dotnet restore</c> first.</param>
/// <param name="Properties">MSBuild global properties (<c>-p:Name=Value</c>), for the restore and the load.</param>
/// <param name="AllowCompileErrors">Analyse what binds in projects whose declarations do not compile, instead of refusing.</param>
internal sealed record ScanOptions(bool Restore, IReadOnlyDictionary<string, string> Properties, bool AllowCompileErrors)
{
    public static ScanOptions Default { get; } = new(Restore: true, new Dictionary<string, string>(), AllowCompileErrors: false);
}
