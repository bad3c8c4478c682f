extern alias analyzers;

using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using analyzers::Privacy.Kit.Analyzers.Baseline;

namespace Privacy.Kit.Cli.Scan;

/// <summary>Loads a solution, project or folder through MSBuild, runs the Privacy.Kit analyzers and builds the inventory.</summary>
internal sealed class ProjectScanner(TextWriter progress)
{
    // The SDK registered for this process. MSBuildLocator registers once per process, and two scans may start at
    // once (tests run in parallel), so registration goes through one thread-safe Lazy.
    private static readonly Lazy<VisualStudioInstance> Registered = new(MSBuildLocator.RegisterDefaults);

    public async Task<ScanResult> ScanAsync(string path, ScanOptions options, CancellationToken cancellationToken)
    {
        var (root, targets) = Resolve(path);
        var msbuild = Registered.Value;
        if (options.Restore)
        {
            foreach (var target in targets)
            {
                progress.WriteLine($"privacy-kit scan: restoring {ScanPaths.Relative(target, root)}");
                try
                {
                    await ProjectRestorer.RestoreAsync(target, msbuild.MSBuildPath, options.Properties, progress, cancellationToken).ConfigureAwait(false);
                }
                catch (ScanLoadException e) when (options.AllowCompileErrors)
                {
                    // A package the feed does not have fails one project's restore; the others are restored and scanned.
                    progress.WriteLine($"privacy-kit scan: warning: {e.Message}; scanning what was restored");
                }
            }
        }

        using var workspace = MSBuildWorkspace.Create(options.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));
        workspace.LoadMetadataForReferencedProjects = true;

        // Load problems (NuGet warnings such as NU1603, an SDK that warns about an old target framework, a project
        // reference that cannot be resolved) are printed, never fatal: what loads is scanned.
        var problems = new HashSet<string>(StringComparer.Ordinal);
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            var message = e.Diagnostic.Message.ReplaceLineEndings(" ");
            if (problems.Add(message))
            {
                progress.WriteLine($"privacy-kit scan: warning: {message}");
            }
        });

        var projects = new List<Project>();
        foreach (var target in targets)
        {
            progress.WriteLine($"privacy-kit scan: loading {ScanPaths.Relative(target, root)}");
            if (target.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
            {
                projects.AddRange((await workspace.OpenSolutionAsync(target, cancellationToken: cancellationToken).ConfigureAwait(false)).Projects);
            }
            else if (!workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, target, StringComparison.OrdinalIgnoreCase)))
            {
                await workspace.OpenProjectAsync(target, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        // A project's references are compiled against, not scanned: only the named projects (or the solution's) are reported.
        var scanned = projects.Count > 0 ? projects : workspace.CurrentSolution.Projects.Where(p => targets.Contains(p.FilePath ?? string.Empty, StringComparer.OrdinalIgnoreCase));
        projects = [.. scanned.Where(p => p.Language == LanguageNames.CSharp)];
        if (projects.Count == 0)
        {
            throw new ScanLoadException(problems.Count > 0
                ? $"cannot load '{path}': {problems.First()}"
                : $"'{path}' holds no C# project.");
        }

        var analyzers = PrivacyAnalyzers.Create();
        var findings = new Dictionary<(string, string, int, int), Finding>();
        var inventory = new InventoryBuilder(root);
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            progress.WriteLine($"privacy-kit scan: analyzing {project.Name} ({i + 1}/{projects.Count})");
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new ScanLoadException($"cannot compile project '{project.Name}'.");

            // Declarations that do not bind (an unrestored package, a missing reference) would turn every classified
            // member into an unclassified one: refuse to report on code the compiler cannot read, unless asked to
            // analyse what does bind (then the projects and files with errors are listed).
            var errors = compilation.GetDeclarationDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                var first = errors[0];
                var where = $"{ScanPaths.Relative(first.Location.GetMappedLineSpan().Path ?? string.Empty, root)}: {first.Id} {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
                if (!options.AllowCompileErrors)
                {
                    throw new ScanLoadException($"project '{project.Name}' does not compile: {where} (restore or build it first, or pass --allow-compile-errors)");
                }

                var files = errors.Select(e => ScanPaths.Relative(e.Location.GetMappedLineSpan().Path ?? string.Empty, root)).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                progress.WriteLine($"privacy-kit scan: warning: project '{project.Name}' has {errors.Count} compile errors in {files.Count} files; analysing what binds (first: {where})");
                foreach (var file in files)
                {
                    progress.WriteLine($"privacy-kit scan:   {file}");
                }
            }

            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            foreach (var diagnostic in await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!diagnostic.IsSuppressed && diagnostic.Severity != DiagnosticSeverity.Hidden)
                {
                    var finding = ToFinding(diagnostic, root);
                    findings.TryAdd((finding.RuleId, finding.FullPath, finding.Line, finding.Column), finding);
                }
            }

            inventory.Add(compilation);
        }

        var ordered = findings.Values.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        return new ScanResult(root, ordered, inventory.Build());
    }

    // A folder scans its solution when it has exactly one, else every project below it.
    private static (string Root, List<string> Targets) Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var extension = Path.GetExtension(full).ToLowerInvariant();
            return extension is ".sln" or ".slnx" or ".csproj"
                ? (Path.GetDirectoryName(full)!, [full])
                : throw new ScanLoadException($"'{path}' is not a .sln, .slnx, .csproj or folder.");
        }

        if (!Directory.Exists(full))
        {
            throw new ScanLoadException($"'{path}' does not exist.");
        }

        var solutions = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToList();
        if (solutions.Count == 1)
        {
            return (full, solutions);
        }

        var projects = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return projects.Count > 0 ? (full, projects) : throw new ScanLoadException($"'{path}' holds no .sln or .csproj.");
    }

    private static Finding ToFinding(Diagnostic diagnostic, string root)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var fullPath = span.Path ?? string.Empty;
        diagnostic.Properties.TryGetValue(BaselineFingerprint.MemberProperty, out var member);
        diagnostic.Properties.TryGetValue(BaselineFingerprint.FingerprintProperty, out var fingerprint);
        return new Finding(
            diagnostic.Id,
            diagnostic.Severity,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Descriptor.HelpLinkUri is { Length: > 0 } help ? help : null,
            fullPath,
            ScanPaths.Relative(fullPath, root),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            member,
            fingerprint);
    }
}
