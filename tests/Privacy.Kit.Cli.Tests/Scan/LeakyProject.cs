namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary>
/// A throwaway project in the temporary folder, never restored, that logs a customer's e-mail address to the console
/// (personal data by the name heuristics) and holds a token classified with its own <c>DataClassificationAttribute</c>:
/// that attribute binds only once the package it comes from is restored.
/// </summary>
public sealed class LeakyProject : IDisposable
{
    public LeakyProject()
    {
        Folder = Directory.CreateTempSubdirectory("privacy-kit-scan-").FullName;
        File.WriteAllText(ProjectFile, $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Compliance.Abstractions" Version="{{ComplianceVersion}}" />
                <AdditionalFiles Include="privacy-kit.baseline.json" Condition="Exists('privacy-kit.baseline.json')" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "Notifier.cs"), """
            namespace Leaky;

            public sealed class Customer
            {
                public string Email { get; set; } = "";

                [Secret]
                public string Token { get; set; } = "";
            }

            public sealed class SecretAttribute() : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute(
                new Microsoft.Extensions.Compliance.Classification.DataClassification("Leaky", "Secret"));

            public static class Notifier
            {
                public static void Notify(Customer customer) => System.Console.WriteLine("Mailing " + customer.Email);
            }
            """);
    }

    private static string ComplianceVersion => Repository.PackageVersion("Microsoft.Extensions.Compliance.Abstractions");

    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, "Leaky.csproj");

    public string BaselineFile => Path.Combine(Folder, "privacy-kit.baseline.json");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
