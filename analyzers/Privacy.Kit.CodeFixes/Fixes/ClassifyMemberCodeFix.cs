using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Infrastructure;
using Privacy.Kit.Analyzers.Rules;

namespace Privacy.Kit.CodeFixes.Fixes;

/// <summary>
/// PK2001 and PK1005: adds the Privacy.Kit classification attribute that fits the kind of personal data
/// (<c>[Email]</c>, <c>[PhoneNumber]</c>, ...) to the member or the <c>[LoggerMessage]</c> parameter, and
/// <c>using Privacy.Kit;</c> when the file lacks it. Offered only when the compilation references the attribute.
/// Fix-all fixes a whole document in one edit, so the using is added once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifyMemberCodeFix))]
[Shared]
public sealed class ClassifyMemberCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnclassifiedPersonalDataMember, DiagnosticIds.UnclassifiedLoggerMessageParameter);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (AttributeName(diagnostic) is not { } name
                || model.Compilation.GetTypeByMetadataName("Privacy.Kit." + name + "Attribute") is null
                || Declaration(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Classify as [{name}]",
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    // One key for every kind, so fix-all classifies each member with its own attribute.
                    equivalenceKey: nameof(ClassifyMemberCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var needsImport = false;
        foreach (var diagnostic in diagnostics)
        {
            if (AttributeName(diagnostic) is not { } name
                || editor.SemanticModel.Compilation.GetTypeByMetadataName("Privacy.Kit." + name + "Attribute") is not { } attributeType
                || Declaration(editor.OriginalRoot, diagnostic) is not { } declaration)
            {
                continue;
            }

            // Fully qualified, then shortened by the simplifier; the using is added only when the short name does not
            // bind to the attribute already (a global using, a using in the file or the namespace).
            var attributeName = SyntaxFactory.ParseName("global::Privacy.Kit." + name).WithAdditionalAnnotations(Simplifier.Annotation);
            if (!Binds(editor.SemanticModel, declaration.SpanStart, name + "Attribute", attributeType))
            {
                attributeName = attributeName.WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
                needsImport = true;
            }

            editor.AddAttribute(declaration, editor.Generator.Attribute(attributeName));
        }

        var changed = editor.GetChangedDocument();
        if (needsImport)
        {
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static bool Binds(SemanticModel model, int position, string name, INamedTypeSymbol attributeType)
    {
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: name))
        {
            if (SymbolEqualityComparer.Default.Equals(symbol, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The attribute to add: PK2001 names it, PK1005 names the kind of personal data the parameter carries.</summary>
    private static string? AttributeName(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnclassifiedPersonalDataMemberAnalyzer.AttributeProperty, out var name) && name is not null ? name
        : diagnostic.Properties.TryGetValue(LeakReporter.KindProperty, out var kind) && kind is not null ? PersonalDataKinds.AttributeNameFor(kind)
        : null;

    /// <summary>
    /// The declaration the attribute goes on: a property, a record's positional parameter, or a field declaring one
    /// variable (an attribute on a field declaration with several would classify them all alike).
    /// </summary>
    private static SyntaxNode? Declaration(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case PropertyDeclarationSyntax or ParameterSyntax:
                    return current;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } }:
                    return field;
                case VariableDeclaratorSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }
}
