using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.CodeFixes;

/// <summary>
/// PK1005: adds the Privacy.Kit classification attribute that fits the kind of personal data (<c>[Email]</c>,
/// <c>[PhoneNumber]</c>, ...) to the declaration, so log redaction applies. Offered only when the compilation
/// references Privacy.Kit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddClassificationAttributeCodeFix))]
[Shared]
public sealed class AddClassificationAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnclassifiedLoggerMessageParameter);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(LeakReporter.KindProperty, out var kind) || kind is null)
            {
                continue;
            }

            var attributeName = PersonalDataKinds.AttributeNameFor(kind);
            var attributeType = model.Compilation.GetTypeByMetadataName("Privacy.Kit." + attributeName + "Attribute");
            var declaration = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (attributeType is null || declaration is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Classify as [{attributeName}]",
                    cancellationToken => AddAttributeAsync(context.Document, declaration, attributeType, cancellationToken),
                    // One key for every kind, so fix-all classifies each declaration with its own attribute.
                    equivalenceKey: nameof(AddClassificationAttributeCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddAttributeAsync(Document document, SyntaxNode declaration, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var attribute = generator.Attribute(generator.TypeExpression(attributeType))
            .WithAdditionalAnnotations(Simplifier.Annotation);
        editor.AddAttribute(declaration, attribute);
        return editor.GetChangedDocument();
    }
}
