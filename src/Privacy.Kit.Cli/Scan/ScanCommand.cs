extern alias analyzers;

using System.CommandLine;
using analyzers::Privacy.Kit.Analyzers.Baseline;

namespace Privacy.Kit.Cli.Scan;

/// <summary>
/// <c>privacy-kit scan PATH [--format text|json|sarif] [--output FILE] [--write-baseline FILE] [--record-of-processing FILE] [--no-restore]
/// [-p:Name=Value]... [--allow-compile-errors]</c>:
/// loads a .sln, .csproj or folder through MSBuild, runs the Privacy.Kit analyzers and reports the findings and the
/// personal-data inventory. Exit codes: 0 no warning or error finding (or a baseline was written), 1 a warning or error
/// finding, 2 the path is missing, a project does not load or a file cannot be written.
/// </summary>
internal static class ScanCommand
{
    private const string Name = "scan";

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "The .sln, .slnx, .csproj or folder to scan." };
        var format = ChoiceOption.Create("--format", "The report format: text, json or sarif (2.1.0).", ScanFormat.Text);
        var output = new Option<FileInfo?>("--output") { Description = "Write the report to FILE instead of standard output." };
        var baseline = new Option<FileInfo?>("--write-baseline")
        {
            Description = $"Write every finding to FILE ({BaselineFingerprint.FileName}, an AdditionalFiles item) so the analyzers report only new ones; exits 0.",
        };
        var record = new Option<FileInfo?>("--record-of-processing") { Description = "Also write the inventory as a Markdown record of processing (GDPR Art. 30 draft) to FILE." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' first (the projects are already restored)." };
        var properties = new Option<string[]>("--property", "-p")
        {
            Description = "An MSBuild property for the restore and the load, as Name=Value (repeatable: -p:Configuration=Release -p:TargetFramework=net8.0).",
            AllowMultipleArgumentsPerToken = false,
        };
        var allowCompileErrors = new Option<bool>("--allow-compile-errors")
        {
            Description = "Analyse what binds in projects that do not compile (an unresolved using, a missing reference, a package the restore could not find); the projects and files with errors are listed and only findings make the exit code 1.",
        };
        var command = new Command(Name, "Run the Privacy.Kit analyzers on a solution, project or folder and print the findings and the personal-data inventory.")
        {
            path,
            format,
            output,
            baseline,
            record,
            noRestore,
            properties,
            allowCompileErrors,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (ParseProperties(parseResult.GetValue(properties) ?? []) is not { } parsed)
            {
                return Task.FromResult(CliError.Write(error, Name, "-p expects Name=Value (for example -p:Configuration=Release)."));
            }

            var options = new ScanOptions(!parseResult.GetValue(noRestore), parsed, parseResult.GetValue(allowCompileErrors));
            return RunAsync(
                parseResult.GetValue(path)!, parseResult.GetValue(format), parseResult.GetValue(output), parseResult.GetValue(baseline), parseResult.GetValue(record),
                options, parseResult.InvocationConfiguration.Output, error, cancellationToken);
        });
        return command;
    }

    /// <summary>Name=Value pairs; <see langword="null"/> when one has no name or no '='.</summary>
    internal static Dictionary<string, string>? ParseProperties(IEnumerable<string> values)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            properties[value[..equals].Trim()] = value[(equals + 1)..];
        }

        return properties;
    }

    private static async Task<int> RunAsync(string path, ScanFormat format, FileInfo? output, FileInfo? baseline, FileInfo? record, ScanOptions options, TextWriter standardOutput, TextWriter error, CancellationToken cancellationToken)
    {
        ScanResult result;
        try
        {
            result = await new ProjectScanner(error).ScanAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ScanLoadException e)
        {
            return CliError.Write(error, Name, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return CliError.Write(error, Name, $"cannot load '{path}': {e.Message}");
        }

        try
        {
            if (output is null)
            {
                Report(result, format, standardOutput);
            }
            else
            {
                using var writer = new StreamWriter(output.FullName);
                Report(result, format, writer);
            }

            if (record is not null)
            {
                using var writer = new StreamWriter(record.FullName);
                RecordOfProcessing.Write(result.Inventory, writer);
            }

            if (baseline is not null)
            {
                var directory = baseline.DirectoryName ?? string.Empty;
                var entries = result.Findings
                    .Where(f => f.Member is not null && f.Fingerprint is not null)
                    .Select(f => new BaselineEntry(f.RuleId, BaselineFingerprint.RelativePath(f.FullPath, directory), f.Member!, f.Fingerprint!))
                    .ToList();
                await File.WriteAllTextAsync(baseline.FullName, BaselineFingerprint.Write(entries), cancellationToken).ConfigureAwait(false);
                error.WriteLine($"privacy-kit scan: wrote {entries.Count} findings to {baseline.FullName}");

                // Findings outside any member (a rule reported on a whole type or the compilation) cannot be matched later.
                var unmatched = result.Findings.Count - entries.Count;
                if (unmatched > 0)
                {
                    error.WriteLine($"privacy-kit scan: {unmatched} findings have no containing member and stay reported; fix or suppress them");
                }

                return ExitCodes.Ok;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliError.Write(error, Name, $"cannot write the report: {e.Message}");
        }

        return result.Fails ? ExitCodes.Finding : ExitCodes.Ok;
    }

    private static void Report(ScanResult result, ScanFormat format, TextWriter writer)
    {
        switch (format)
        {
            case ScanFormat.Json:
                JsonReport.Write(result, writer);
                break;
            case ScanFormat.Sarif:
                SarifReport.Write(result, writer);
                break;
            default:
                TextReport.Write(result, writer);
                break;
        }
    }
}
