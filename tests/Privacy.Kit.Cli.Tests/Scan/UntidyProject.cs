namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary>
/// A throwaway project shaped like real repositories: a reference to a project that is not there, a package no feed
/// has (its restore fails), one file whose
/// <c>using</c> does not resolve, a leak that binds anyway, and a second leak compiled only with
/// <c>-p:WithAudit=true</c>.
/// </summary>
public sealed class UntidyProject : IDisposable
{
    public UntidyProject()
    {
        Folder = Directory.CreateTempSubdirectory("privacy-kit-untidy-").FullName;
        File.WriteAllText(ProjectFile, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../missing/Missing.csproj" />
                <PackageReference Include="PrivacyKit.Tests.NotOnAnyFeed" Version="1.0.0" />
                <Compile Remove="Audit.cs" Condition="'$(WithAudit)' != 'true'" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "Broken.cs"), """
            using Vendor.Sdk.NotRestored;

            namespace Untidy;

            public sealed class Broken
            {
                public Widget Make() => new Widget();
            }
            """);
        File.WriteAllText(Path.Combine(Folder, "Notifier.cs"), """
            namespace Untidy;

            public static class Notifier
            {
                public static void Notify(string phoneNumber) => System.Console.WriteLine("Calling " + phoneNumber);
            }
            """);
        File.WriteAllText(Path.Combine(Folder, "Audit.cs"), """
            namespace Untidy;

            public static class Audit
            {
                public static void Write(string email) => System.Console.WriteLine("Audit " + email);
            }
            """);
    }

    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, "Untidy.csproj");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
