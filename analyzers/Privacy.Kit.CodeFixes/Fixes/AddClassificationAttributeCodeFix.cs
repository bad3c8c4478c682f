using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Rules;

namespace Privacy.Kit.CodeFixes.Fixes;

/// <summary>
/// PK2001: adds the Privacy.Kit classification attribute that fits the member's name (<c>[Email]</c>,
/// <c>[PhoneNumber]</c>, ...), and <c>using Privacy.Kit;</c> when the file lacks it. Offered only when the compilation
/// references the attribute. Fix-all fixes a whole document in one edit, so the using is added once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddClassificationAttributeCodeFix))]
[Shared]
public sealed class AddClassificationAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnclassifiedPersonalDataMember);

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
                    equivalenceKey: nameof(AddClassificationAttributeCodeFix) + name),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            if (AttributeName(diagnostic) is not { } name
                || editor.SemanticModel.Compilation.GetTypeByMetadataName("Privacy.Kit." + name + "Attribute") is null
                || Declaration(editor.OriginalRoot, diagnostic) is not { } declaration)
            {
                continue;
            }

            // Fully qualified and annotated: the simplifier shortens it and the import adder adds the using only when
            // the name does not already bind.
            var attributeName = editor.Generator.QualifiedName(editor.Generator.IdentifierName("Privacy.Kit"), editor.Generator.IdentifierName(name))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            editor.AddAttribute(declaration, editor.Generator.Attribute(attributeName));
        }

        var changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string? AttributeName(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnclassifiedPersonalDataMemberAnalyzer.AttributeProperty, out var name) ? name : null;

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
