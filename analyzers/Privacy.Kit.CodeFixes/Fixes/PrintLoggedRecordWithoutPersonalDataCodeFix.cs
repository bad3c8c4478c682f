using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Rules;

namespace Privacy.Kit.CodeFixes.Fixes;

/// <summary>
/// PK1004 where a record is written as its compiler-generated <c>ToString</c> (a log, an exception message, telemetry):
/// the PK2002 fix on the record's declaration, wherever in the solution it is: a <c>PrintMembers</c> that leaves the
/// personal data out, so every place that prints the record prints no personal data. Not offered where the sink writes
/// the object member by member (<c>{@x}</c>, a serializer), which <c>PrintMembers</c> does not change, nor for a record
/// declared outside the solution, in several parts, or with its own printing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrintLoggedRecordWithoutPersonalDataCodeFix))]
[Shared]
public sealed class PrintLoggedRecordWithoutPersonalDataCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ObjectWithPersonalDataLeaked);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new FixAll();

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await RecordOfAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } record)
            {
                continue;
            }

            var solution = context.Document.Project.Solution;
            var fixes = await PrintMembersDiagnosticsAsync(solution, [record], context.CancellationToken).ConfigureAwait(false);
            if (fixes.IsEmpty)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Write a PrintMembers for '{record.Name}' that leaves the personal data out",
                    cancellationToken => ApplyAsync(solution, fixes, cancellationToken),
                    equivalenceKey: nameof(PrintLoggedRecordWithoutPersonalDataCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The source record whose generated printing the diagnostic's value goes through, or <see langword="null"/>.</summary>
    private static async Task<INamedTypeSymbol?> RecordOfAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(LeakReporter.PrintedProperty, out var printed) || printed != "true")
        {
            return null;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value || model is null)
        {
            return null;
        }

        var type = model.GetTypeInfo(value, cancellationToken).Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is INamedTypeSymbol { IsRecord: true, DeclaringSyntaxReferences.Length: 1 } record ? record.OriginalDefinition : null;
    }

    /// <summary>
    /// The PK2002 diagnostics of <paramref name="records"/>, found by running that rule on each declaration (so the
    /// members left out are the ones the rule names), grouped by the document that declares them.
    /// </summary>
    private static async Task<ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)>> PrintMembersDiagnosticsAsync(
        Solution solution, IEnumerable<INamedTypeSymbol> records, CancellationToken cancellationToken)
    {
        var found = ImmutableArray.CreateBuilder<(DocumentId, Diagnostic)>();
        foreach (var record in records)
        {
            var syntax = record.DeclaringSyntaxReferences[0];
            if (solution.GetDocument(syntax.SyntaxTree) is not { } document
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            var analysis = new CompilationWithAnalyzers(
                model.Compilation,
                ImmutableArray.Create<DiagnosticAnalyzer>(new RecordPrintsPersonalDataAnalyzer()),
                new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            foreach (var diagnostic in await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, syntax.Span, cancellationToken).ConfigureAwait(false))
            {
                if (diagnostic.Id == DiagnosticIds.RecordPrintsPersonalData && syntax.Span.Contains(diagnostic.Location.SourceSpan))
                {
                    found.Add((document.Id, diagnostic));
                }
            }
        }

        return found.ToImmutable();
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)> fixes, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<DocumentId, ImmutableArray<Diagnostic>.Builder>();
        foreach (var (document, diagnostic) in fixes)
        {
            if (!byDocument.TryGetValue(document, out var diagnostics))
            {
                byDocument[document] = diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            }

            if (!diagnostics.Any(d => d.Location.SourceSpan == diagnostic.Location.SourceSpan))
            {
                diagnostics.Add(diagnostic);
            }
        }

        foreach (var pair in byDocument)
        {
            var document = solution.GetDocument(pair.Key)!;
            var fixedDocument = await WritePrintMembersCodeFix.FixAsync(document, pair.Value.ToImmutable(), cancellationToken).ConfigureAwait(false);
            solution = fixedDocument.Project.Solution;
        }

        return solution;
    }

    /// <summary>Fix-all: each record printed by any of the diagnostics gets one <c>PrintMembers</c>, wherever it is declared.</summary>
    private sealed class FixAll : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var solution = fixAllContext.Solution;
            var diagnostics = new List<Diagnostic>();
            if (fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is not null)
            {
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
            }
            else
            {
                // dotnet format asks for the whole solution and answers only project-wide queries.
                var projects = fixAllContext.Scope == FixAllScope.Project ? [fixAllContext.Project] : solution.Projects;
                foreach (var project in projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }
            }

            var records = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Location.SourceTree is { } tree && solution.GetDocument(tree) is { } document
                    && await RecordOfAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is { } record)
                {
                    records.Add(record);
                }
            }

            var fixes = await PrintMembersDiagnosticsAsync(solution, records, fixAllContext.CancellationToken).ConfigureAwait(false);
            return fixes.IsEmpty
                ? null
                : CodeAction.Create(WritePrintMembersCodeFix.Title, cancellationToken => ApplyAsync(solution, fixes, cancellationToken), nameof(PrintLoggedRecordWithoutPersonalDataCodeFix));
        }
    }
}
