using System.Diagnostics;

namespace Privacy.Kit.Cli.Tests.Scan;

/// <summary>
/// A restored throwaway project in the temporary folder that logs a customer's e-mail address to the console: the
/// name heuristics make <c>Email</c> personal data without any package, so the project restores offline.
/// </summary>
public sealed class LeakyProject : IDisposable
{
    public LeakyProject()
    {
        Folder = Directory.CreateTempSubdirectory("privacy-kit-scan-").FullName;
        File.WriteAllText(ProjectFile, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="privacy-kit.baseline.json" Condition="Exists('privacy-kit.baseline.json')" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "Notifier.cs"), """
            namespace Leaky;

            public sealed class Customer
            {
                public string Email { get; set; } = "";
            }

            public static class Notifier
            {
                public static void Notify(Customer customer) => System.Console.WriteLine("Mailing " + customer.Email);
            }
            """);
        Restore();
    }

    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, "Leaky.csproj");

    public string BaselineFile => Path.Combine(Folder, "privacy-kit.baseline.json");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Restore()
    {
        var start = new ProcessStartInfo(CliProcess.DotNetHost(), ["restore", ProjectFile, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Restoring the leaky test project failed: {output.Result}{error.Result}");
        }
    }
}
