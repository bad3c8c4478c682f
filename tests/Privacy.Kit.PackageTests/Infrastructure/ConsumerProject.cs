namespace Privacy.Kit.PackageTests.Infrastructure;

/// <summary>
/// A throwaway project outside the repository that references Privacy.Kit from the local package folder, as a user's
/// project would. The machine's own package sources stay in charge of everything else.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static ConsumerProject Create(PackedPackages packages, string programSource) =>
        Create(packages, new Dictionary<string, string> { ["Program.cs"] = programSource });

    /// <summary>A consumer with the given source files (name to text), on the given SDK (<c>Microsoft.NET.Sdk.Web</c> for an ASP.NET Core app).</summary>
    public static ConsumerProject Create(PackedPackages packages, IReadOnlyDictionary<string, string> sources, string sdk = "Microsoft.NET.Sdk")
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("privacy-kit-consumer-").FullName;
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="privacy-kit-under-test" value="{packages.Folder}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Privacy.Kit" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (name, text) in sources)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        return new ConsumerProject(directory);
    }

    public void WriteSource(string programSource) => File.WriteAllText(Path.Combine(Directory, "Program.cs"), programSource);

    public CommandResult Build(params string[] extraArguments) =>
        DotNet.Run(Directory, ["build", "Consumer.csproj", "-nodeReuse:false", .. extraArguments]);

    /// <summary>
    /// Runs the built program until its output holds <paramref name="marker"/> (a server never ends by itself), then
    /// stops it; fails when the program exits or goes quiet first.
    /// </summary>
    public CommandResult RunUntil(string marker, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        DotNet.RunUntil(Directory, marker, environment, ["run", "--no-build", "--project", "Consumer.csproj", "--", .. arguments]);

    /// <summary>The analyzer assemblies the compiler is given, after a restore has resolved the package.</summary>
    public CommandResult ListAnalyzers() =>
        DotNet.Run(Directory, "msbuild", "Consumer.csproj", "-nodeReuse:false", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer");

    public void Dispose() => PackedPackages.TryDelete(Directory);
}
