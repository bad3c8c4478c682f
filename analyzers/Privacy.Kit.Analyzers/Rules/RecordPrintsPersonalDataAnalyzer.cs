using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK2002: a record (class or struct) whose compiler-generated <c>ToString</c> prints a member that is personal data,
/// by attribute or by name. The compiler writes <c>ToString</c> and <c>PrintMembers</c> only for records; a record
/// with its own <c>PrintMembers</c>, or whose <c>ToString</c> is its own or sealed in a base record, is left alone.
/// </summary>
public sealed class RecordPrintsPersonalDataAnalyzer : PrivacyAnalyzer
{
    /// <summary>The diagnostic property with the names of the printed personal-data members, comma-separated, for the code fix.</summary>
    public const string MembersProperty = "PrivacyKit.Members";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RecordPrintsPersonalData);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy) =>
        context.RegisterSymbolAction(symbol => Analyze(symbol, privacy), SymbolKind.NamedType);

    /// <summary>The members the compiler's <c>PrintMembers</c> prints: public instance fields and readable, non-indexer properties.</summary>
    public static bool IsPrinted(ISymbol member) => member switch
    {
        _ when member.IsStatic || member.IsImplicitlyDeclared || member.DeclaredAccessibility != Accessibility.Public => false,
        IFieldSymbol field => field.CanBeReferencedByName,
        IPropertySymbol property => !property.IsIndexer && property.GetMethod is { DeclaredAccessibility: Accessibility.Public },
        _ => false,
    };

    private static void Analyze(SymbolAnalysisContext context, PrivacyCompilation privacy)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.IsRecord || context.IsGeneratedCode || !HasGeneratedPrinting(type) || type.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        var declaration = (TypeDeclarationSyntax)type.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
        var classifier = privacy.ClassifierFor(declaration.SyntaxTree);
        List<string>? printed = null;
        PersonalDataSource? first = null;
        foreach (var member in type.GetMembers())
        {
            if (IsPrinted(member) && classifier.Classify(member) is { } source)
            {
                if (printed is null)
                {
                    printed = [];
                    first = source;
                }

                printed.Add(member.Name);
            }
        }

        if (printed is null || first is null)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(LeakReporter.KindProperty, first.Kind)
            .Add(MembersProperty, string.Join(",", printed));
        privacy.Report(context.ReportDiagnostic, DiagnosticDescriptors.RecordPrintsPersonalData, declaration, declaration.Identifier.GetLocation(), type, properties,
            [type.Name, printed.Count == 1 ? printed[0] : string.Join("', '", printed), first.Kind]);
    }

    /// <summary>Whether the record's own <c>ToString</c> and <c>PrintMembers</c> are both the compiler's.</summary>
    /// <remarks>Looked up by name: of a record's members (its own and the compiler's) only these two decide.</remarks>
    private static bool HasGeneratedPrinting(INamedTypeSymbol type) =>
        IsGenerated(type, nameof(ToString), parameters: 0) && IsGenerated(type, "PrintMembers", parameters: 1);

    /// <summary>Whether <paramref name="type"/> declares the method and the compiler wrote it.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsGenerated(INamedTypeSymbol type, string name, int parameters)
    {
        var generated = false;
        foreach (var member in type.GetMembers(name))
        {
            if (member is IMethodSymbol method && method.Parameters.Length == parameters)
            {
                if (!method.IsImplicitlyDeclared)
                {
                    return false;
                }

                generated = true;
            }
        }

        return generated;
    }
}
