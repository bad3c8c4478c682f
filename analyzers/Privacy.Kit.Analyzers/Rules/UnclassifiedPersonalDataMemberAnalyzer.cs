using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK2001: a data member whose name says personal data (the name heuristics) but that carries no data classification
/// attribute and no <c>[NotPersonalData]</c>.
/// </summary>
/// <remarks>
/// Looked at: instance fields and properties visible outside their type (public, internal, protected), and the
/// positional parameters of records (they are public properties). Not looked at: private members (an implementation
/// detail; the public member they back is reported), static and constant members (configuration, not a data
/// subject's data), overrides and explicit interface implementations (the declaration they implement is reported),
/// method parameters (PK1005 covers those of logging methods), and generated code (no one can edit it).
/// </remarks>
public sealed class UnclassifiedPersonalDataMemberAnalyzer : PrivacyAnalyzer
{
    /// <summary>The diagnostic property with the simple name of the Privacy.Kit attribute that fits, for the code fix.</summary>
    public const string AttributeProperty = "PrivacyKit.Attribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedPersonalDataMember);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy) =>
        context.RegisterSymbolAction(symbol => Analyze(symbol, privacy), SymbolKind.Field, SymbolKind.Property);

    [MethodImpl(HotPath.Optimized)]
    private static void Analyze(SymbolAnalysisContext context, PrivacyCompilation privacy)
    {
        var member = context.Symbol;
        if (context.IsGeneratedCode || member.IsStatic || member.IsOverride || !IsVisibleOutsideType(member) || !member.CanBeReferencedByName)
        {
            return;
        }

        if (member is IFieldSymbol { IsConst: true } || member is IPropertySymbol { IsIndexer: true } || member is IPropertySymbol { ExplicitInterfaceImplementations.IsEmpty: false })
        {
            return;
        }

        if (member.DeclaringSyntaxReferences.Length == 0)
        {
            return;
        }

        // Most members are not named like personal data: their name decides before their attributes, their type or
        // any syntax is read (only a name the heuristics match can make a finding).
        var reference = member.DeclaringSyntaxReferences[0];
        var classifier = privacy.ClassifierFor(reference.SyntaxTree);
        if (classifier.KindByName(member) is null || classifier.Classify(member) is not { FromName: true } source || classifier.HasDataClassification(member))
        {
            return;
        }

        var declaration = reference.GetSyntax(context.CancellationToken);

        var attribute = PersonalDataKinds.AttributeNameFor(source.Kind);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(LeakReporter.KindProperty, source.Kind)
            .Add(AttributeProperty, attribute);
        
        // Reported at the name of a property, a field's variable or, for a positional record, the parameter (where
        // the attribute belongs); the code fix finds the declaration from there.
        privacy.Report(context.ReportDiagnostic, DiagnosticDescriptors.UnclassifiedPersonalDataMember, declaration, member.Locations[0], member, properties,
            [member.ContainingType.Name + "." + member.Name, source.Kind, attribute]);
    }

    private static bool IsVisibleOutsideType(ISymbol member) => member.DeclaredAccessibility
        is Accessibility.Public or Accessibility.Internal or Accessibility.Protected or Accessibility.ProtectedOrInternal;
}
