using System.Collections.Immutable;
using System.Composition;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers;
using Privacy.Kit.Analyzers.Rules;

namespace Privacy.Kit.CodeFixes.Fixes;

/// <summary>
/// PK2002: writes the record's <c>PrintMembers</c> as the compiler would, minus the personal-data members (named in a
/// comment so a reviewer sees what was left out). The signature follows the language rules: <c>private</c> for sealed
/// records and record structs, <c>protected virtual</c> for other records, <c>protected override</c> (chaining to the
/// base) for derived records.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WritePrintMembersCodeFix))]
[Shared]
public sealed class WritePrintMembersCodeFix : CodeFixProvider
{
    internal const string Title = "Write a PrintMembers that leaves the personal data out";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RecordPrintsPersonalData);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), nameof(WritePrintMembersCodeFix)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var printMembers = new Dictionary<TypeDeclarationSyntax, MethodDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is RecordDeclarationSyntax record
                && model.GetDeclaredSymbol(record, cancellationToken) is { } type
                && diagnostic.Properties.TryGetValue(RecordPrintsPersonalDataAnalyzer.MembersProperty, out var members)
                && members is not null)
            {
                printMembers[record] = PrintMembers(type, new HashSet<string>(members.Split(',')));
            }
        }

        var fixedRoot = root.ReplaceNodes(
            printMembers.Keys,
            (original, rewritten) => WithBody(rewritten).AddMembers(Separated(original, printMembers[original])));
        var changed = document.WithSyntaxRoot(fixedRoot);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A blank line between the record's last member and the new method, in the file's own line ending.</summary>
    private static MethodDeclarationSyntax Separated(TypeDeclarationSyntax record, MethodDeclarationSyntax method)
    {
        if (record.Members.Count == 0)
        {
            return method;
        }

        var lineEnding = record.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return method.WithLeadingTrivia(lineEnding.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnding : SyntaxFactory.CarriageReturnLineFeed);
    }

    /// <summary>A record declared as <c>record R(...);</c> gets braces; what followed the semicolon follows the closing brace.</summary>
    private static TypeDeclarationSyntax WithBody(TypeDeclarationSyntax record) =>
        record.OpenBraceToken.IsKind(SyntaxKind.OpenBraceToken)
            ? record
            : record
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithAdditionalAnnotations(Formatter.Annotation))
                .WithCloseBraceToken(SyntaxFactory.Token(default, SyntaxKind.CloseBraceToken, record.SemicolonToken.TrailingTrivia).WithAdditionalAnnotations(Formatter.Annotation))
                .WithSemicolonToken(default);

    private static MethodDeclarationSyntax PrintMembers(INamedTypeSymbol type, HashSet<string> personal)
    {
        var derived = type.BaseType is { IsRecord: true };
        var modifiers = derived ? "protected override"
            : type.IsSealed || type.IsValueType ? "private"
            : "protected virtual";

        var body = new StringBuilder();
        var printed = new List<ISymbol>();
        var leftOut = new List<string>();
        foreach (var member in type.GetMembers())
        {
            if (RecordPrintsPersonalDataAnalyzer.IsPrinted(member))
            {
                if (personal.Contains(member.Name))
                {
                    leftOut.Add(member.Name);
                }
                else
                {
                    printed.Add(member);
                }
            }
        }

        body.Append("// Personal data, left out of ToString: ").Append(string.Join(", ", leftOut)).Append('.').AppendLine();
        if (printed.Count == 0)
        {
            body.AppendLine(derived ? "return base.PrintMembers(builder);" : "return false;");
        }
        else
        {
            if (derived)
            {
                body.AppendLine("if (base.PrintMembers(builder))").AppendLine("{").AppendLine("builder.Append(\", \");").AppendLine("}").AppendLine();
            }

            for (var i = 0; i < printed.Count; i++)
            {
                var separator = i == 0 ? string.Empty : ", ";
                var name = printed[i].Name;
                var reference = SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

                // As the compiler prints them: value types through ToString(), everything else as is.
                var memberType = printed[i] is IFieldSymbol field ? field.Type : ((IPropertySymbol)printed[i]).Type;
                body.Append("builder.Append(\"").Append(separator).Append(name).AppendLine(" = \");");
                body.Append("builder.Append(").Append(reference).Append(memberType.IsValueType ? ".ToString()" : string.Empty).AppendLine(");");
            }

            body.AppendLine("return true;");
        }

        var method = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
            modifiers + " bool PrintMembers(global::System.Text.StringBuilder builder)\n{\n" + body + "}\n")!;
        return method
            .WithParameterList(method.ParameterList.WithParameters(SyntaxFactory.SingletonSeparatedList(
                method.ParameterList.Parameters[0].WithType(method.ParameterList.Parameters[0].Type!.WithAdditionalAnnotations(Simplifier.Annotation)))))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
