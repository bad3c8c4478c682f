using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Rules;
using Privacy.Kit.CodeFixes.Fixes;

namespace Privacy.Kit.CodeFixes;

/// <summary>
/// PK1001, PK1002, PK1006: wraps the leaking value with a redactor already in scope: a <c>Redactor</c> local, parameter, field
/// or property (<c>redactor.Redact(value)</c>), or else an <c>IRedactorProvider</c> with the Privacy.Kit classification
/// of the value (<c>redactors.GetRedactor(PrivacyTaxonomy.EmailAddress).Redact(value)</c>). Offered only where the
/// wrapped value still compiles: a string or a single value, not the receiver of a member access.
/// For PK1001 on an <c>ILogger</c> call it also offers to log through a <c>[LoggerMessage]</c> method whose parameters carry
/// the classification (<see cref="Fixes.LoggerMessageConversion"/>). Fix-all (what <c>dotnet format analyzers</c> runs)
/// wraps where a redactor is in scope and converts the other log calls, each call once with every value it leaks.
/// One provider does both, because <c>dotnet format</c> applies every provider of an id to the same diagnostics.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactValueCodeFix))]
[Shared]
public sealed class RedactValueCodeFix : CodeFixProvider
{
    private const string LoggerMessageTitle = "Log through a [LoggerMessage] method with classified parameters";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.PersonalDataInLog, DiagnosticIds.PersonalDataToVendor, DiagnosticIds.PersonalDataToTelemetry);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var known = new KnownSymbols(model.Compilation);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(LeakReporter.KindProperty, out var kind);
            if (CanWrap(value, model, context.CancellationToken) && RedactorInScope(value, model, known, kind) is { } redactor)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Redact with '{redactor.Title}'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, Wrap(value, redactor.Expression)))),
                        equivalenceKey: nameof(RedactValueCodeFix) + redactor.Title),
                    diagnostic);
            }

            if (diagnostic.Id == DiagnosticIds.PersonalDataInLog
                && Classifiable(kind, model.Compilation)
                && LoggerMessageConversion.For(value, model, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        LoggerMessageTitle,
                        cancellationToken => ConvertAsync(context.Document, diagnostic, cancellationToken),
                        equivalenceKey: nameof(RedactValueCodeFix) + nameof(LoggerMessageConversion)),
                    diagnostic);
            }
        }
    }

    /// <summary>Fix-all in one document: wraps where a redactor is in scope, converts the other PK1001 log calls.</summary>
    private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var known = new KnownSymbols(model.Compilation);
        var wraps = new List<(ExpressionSyntax Value, ExpressionSyntax Redactor)>();
        var logged = ImmutableArray.CreateBuilder<Diagnostic>();
        var unwrapped = new HashSet<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            if (diagnostic.Id == DiagnosticIds.PersonalDataInLog)
            {
                logged.Add(diagnostic);
            }

            diagnostic.Properties.TryGetValue(LeakReporter.KindProperty, out var kind);
            if (CanWrap(value, model, cancellationToken) && RedactorInScope(value, model, known, kind) is { } redactor)
            {
                wraps.Add((value, redactor.Expression));
            }
            else
            {
                unwrapped.Add(diagnostic);
            }
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var converted = Convert(editor, logged.ToImmutable(), unwrapped.Contains, cancellationToken);
        foreach (var (value, redactor) in wraps)
        {
            // A value inside a call that is converted goes to its classified parameter instead.
            if (!converted.Exists(call => call.Span.Contains(value.Span)))
            {
                editor.ReplaceNode(value, Wrap(value, redactor));
            }
        }

        return await CleanUpAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Converts the call <paramref name="diagnostic"/> is in, with every value of the call that PK1001 reports classified
    /// (the others are found by running the rule on the call: a code fix is given only its own diagnostic).
    /// </summary>
    private static async Task<Document> ConvertAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var diagnostics = ImmutableArray.Create(diagnostic);
        var node = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (LoggerMessageConversion.For(node, editor.SemanticModel, cancellationToken) is { } conversion)
        {
            var analysis = new CompilationWithAnalyzers(
                editor.SemanticModel.Compilation,
                ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataInLogAnalyzer()),
                new CompilationWithAnalyzersOptions(document.Project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            var found = await analysis.GetAnalyzerSemanticDiagnosticsAsync(editor.SemanticModel, conversion.Call.Span, cancellationToken).ConfigureAwait(false);
            diagnostics = diagnostics.AddRange(found.Where(d => d.Id == DiagnosticIds.PersonalDataInLog && conversion.Call.Span.Contains(d.Location.SourceSpan)));
        }

        Convert(editor, diagnostics, _ => true, cancellationToken);
        return await CleanUpAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Converts each log call that one of the <paramref name="diagnostics"/> matching <paramref name="needsConversion"/> is
    /// in, once, with the kind of every value it leaks; returns the converted calls.
    /// </summary>
    private static List<InvocationExpressionSyntax> Convert(DocumentEditor editor, ImmutableArray<Diagnostic> diagnostics, Func<Diagnostic, bool> needsConversion, CancellationToken cancellationToken)
    {
        var model = editor.SemanticModel;
        var calls = new Dictionary<InvocationExpressionSyntax, (LoggerMessageConversion Conversion, Dictionary<SyntaxNode, string> Kinds, bool Classifiable, bool Needed)>();
        foreach (var diagnostic in diagnostics)
        {
            var node = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (LoggerMessageConversion.For(node, model, cancellationToken) is not { } conversion)
            {
                continue;
            }

            if (!calls.TryGetValue(conversion.Call, out var entry))
            {
                entry = (conversion, new Dictionary<SyntaxNode, string>(), true, false);
            }

            diagnostic.Properties.TryGetValue(LeakReporter.KindProperty, out var kind);
            if (kind is not null)
            {
                entry.Kinds[node] = kind;
            }

            // A leak whose classification cannot be written stays a plain log call (and reported).
            calls[conversion.Call] = (entry.Conversion, entry.Kinds, entry.Classifiable && Classifiable(kind, model.Compilation), entry.Needed || needsConversion(diagnostic));
        }

        var takenNames = new Dictionary<TypeDeclarationSyntax, HashSet<string>>();
        var converted = new List<InvocationExpressionSyntax>();
        foreach (var pair in calls)
        {
            var (conversion, kinds, classifiable, needed) = pair.Value;
            if (!classifiable || !needed)
            {
                continue;
            }

            if (!takenNames.TryGetValue(conversion.Type, out var names))
            {
                names = LoggerMessageConversion.MemberNames(conversion.Type, model, cancellationToken);
                takenNames[conversion.Type] = names;
            }

            conversion.Apply(editor, kinds, names);
            converted.Add(pair.Key);
        }

        return converted;
    }

    private static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The kind has a Privacy.Kit attribute the compilation references.</summary>
    private static bool Classifiable(string? kind, Compilation compilation) =>
        kind is not null && compilation.GetTypeByMetadataName("Privacy.Kit." + PersonalDataKinds.AttributeNameFor(kind) + "Attribute") is not null;

    private static ExpressionSyntax Wrap(ExpressionSyntax value, ExpressionSyntax redactor) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, redactor, SyntaxFactory.IdentifierName("Redact")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value)
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>A string or a single value that is not the receiver of a member access: its redacted text stands in for it.</summary>
    private static bool CanWrap(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        if (value.Parent is MemberAccessExpressionSyntax access && access.Expression == value
            || value.Parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == value
            || value.Parent is AssignmentExpressionSyntax assignment && assignment.Left == value)
        {
            return false;
        }

        var type = model.GetTypeInfo(value, cancellationToken).Type;
        return type is not null
            && (type.SpecialType == SpecialType.System_String
                || (type.IsValueType && !type.IsTupleType && type.SpecialType != SpecialType.System_Boolean));
    }

    private static (string Title, ExpressionSyntax Expression)? RedactorInScope(ExpressionSyntax value, SemanticModel model, KnownSymbols known, string? kind)
    {
        if (known.Redactor is null)
        {
            return null;
        }

        var position = value.SpanStart;
        var staticContext = IsInStaticContext(value, model);
        ISymbol? provider = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            if (!IsUsable(symbol, position, staticContext))
            {
                continue;
            }

            var type = TypeOf(symbol);
            if (KnownSymbols.InheritsFrom(type, known.Redactor) && !KnownSymbols.InheritsFrom(type, known.NullRedactor))
            {
                return (symbol.Name, SyntaxFactory.IdentifierName(symbol.Name));
            }

            if (provider is null && KnownSymbols.IsOrImplements(type, known.RedactorProvider))
            {
                provider = symbol;
            }
        }

        if (provider is null || kind is null || known.PrivacyTaxonomy is null || known.PrivacyTaxonomy.GetMembers(kind).IsEmpty)
        {
            return null;
        }

        // redactors.GetRedactor(PrivacyTaxonomy.EmailAddress)
        var classification = SyntaxFactory.ParseExpression("global::Privacy.Kit.PrivacyTaxonomy." + kind)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var getRedactor = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(provider.Name), SyntaxFactory.IdentifierName("GetRedactor")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(classification))));
        return (provider.Name, getRedactor);
    }

    private static bool IsUsable(ISymbol symbol, int position, bool staticContext) => symbol switch
    {
        ILocalSymbol local => local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End < position,
        IParameterSymbol => true,
        IFieldSymbol or IPropertySymbol => symbol.IsStatic || !staticContext,
        _ => false,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsInStaticContext(SyntaxNode node, SemanticModel model) =>
        model.GetEnclosingSymbol(node.SpanStart) is { } enclosing
        && (enclosing.IsStatic || enclosing.ContainingSymbol is IMethodSymbol { IsStatic: true } && enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction });
}
