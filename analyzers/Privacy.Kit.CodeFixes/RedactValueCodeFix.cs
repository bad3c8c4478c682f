using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.CodeFixes;

/// <summary>
/// PK1001, PK1002, PK1006: wraps the leaking value with a redactor already in scope: a <c>Redactor</c> local, parameter, field
/// or property (<c>redactor.Redact(value)</c>), or else an <c>IRedactorProvider</c> with the Privacy.Kit classification
/// of the value (<c>redactors.GetRedactor(PrivacyTaxonomy.EmailAddress).Redact(value)</c>). Offered only where the
/// wrapped value still compiles: a string or a single value, not the receiver of a member access.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactValueCodeFix))]
[Shared]
public sealed class RedactValueCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.PersonalDataInLog, DiagnosticIds.PersonalDataToVendor, DiagnosticIds.PersonalDataToTelemetry);

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

        var known = new KnownSymbols(model.Compilation);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || !CanWrap(value, model, context.CancellationToken))
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(LeakReporter.KindProperty, out var kind);
            if (RedactorInScope(value, model, known, kind) is not { } redactor)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Redact with '{redactor.Title}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, Wrap(value, redactor.Expression)))),
                    equivalenceKey: nameof(RedactValueCodeFix) + redactor.Title),
                diagnostic);
        }
    }

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
