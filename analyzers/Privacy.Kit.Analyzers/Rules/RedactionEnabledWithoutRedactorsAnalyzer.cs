using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK4001: <c>EnableRedaction()</c> on a logging builder without <c>AddRedaction()</c> on the services of the same
/// registration: the logger then finds no redactor provider and writes classified values in plain text.
/// </summary>
/// <remarks>
/// A registration is the member that calls <c>EnableRedaction()</c> (its lambdas and local functions included) together
/// with every method of the compilation it hands the registration to, or that hands the registration to it: calls and
/// method groups whose target takes an <c>IServiceCollection</c>, an <c>ILoggingBuilder</c> or a builder with a
/// <c>Services</c> collection. <c>services.AddRedaction()</c> anywhere in that group counts, so a <c>Program</c> that
/// calls <c>AddLoggingSetup(services)</c> and <c>AddRedactionSetup(services)</c> is fine. Needs the whole compilation,
/// so it is reported at compilation end.
/// </remarks>
public sealed class RedactionEnabledWithoutRedactorsAnalyzer : PrivacyAnalyzer
{
    private const string EnableRedaction = "EnableRedaction";
    private const string AddRedaction = "AddRedaction";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RedactionEnabledWithoutRedactors);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        var compilation = context.Compilation;
        var enableExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggingRedactionExtensions");
        if (enableExtensions is null)
        {
            return;
        }

        var addExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.RedactionServiceCollectionExtensions");
        var serviceCollection = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.IServiceCollection");
        var loggingBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILoggingBuilder");
        var links = new ConcurrentBag<(ISymbol Caller, ISymbol Callee)>();
        var registering = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
        var enables = new ConcurrentBag<(ISymbol Member, SyntaxNode Call)>();

        bool CarriesRegistration(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (IsRegistration(parameter.Type, serviceCollection, loggingBuilder))
                {
                    return true;
                }
            }

            return !method.IsStatic && IsRegistration(method.ContainingType, serviceCollection, loggingBuilder);
        }

        void Link(ISymbol member, IMethodSymbol target)
        {
            target = Normalize(target);
            if (!target.Locations.IsEmpty && target.Locations[0].IsInSource && CarriesRegistration(target))
            {
                links.Add((member, target));
            }
        }

        context.RegisterOperationAction(
            operation =>
            {
                // Lambdas and local functions belong to the member: ContainingSymbol is the member whose body they are in.
                var member = Normalize(operation.ContainingSymbol);
                var target = Normalize(((IInvocationOperation)operation.Operation).TargetMethod);
                if (target.Name == EnableRedaction && SymbolEqualityComparer.Default.Equals(target.ContainingType, enableExtensions))
                {
                    enables.Add((member, operation.Operation.Syntax));
                }
                else if (target.Name == AddRedaction && SymbolEqualityComparer.Default.Equals(target.ContainingType, addExtensions))
                {
                    registering[member] = true;
                }
                else
                {
                    Link(member, target);
                }
            },
            OperationKind.Invocation);
        context.RegisterOperationAction(
            operation => Link(Normalize(operation.ContainingSymbol), ((IMethodReferenceOperation)operation.Operation).Method),
            OperationKind.MethodReference);

        context.RegisterCompilationEndAction(end =>
        {
            if (enables.IsEmpty)
            {
                return;
            }

            var groups = new RegistrationGroups();
            foreach (var (caller, callee) in links)
            {
                groups.Join(caller, callee);
            }

            var registeringGroups = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var member in registering.Keys)
            {
                registeringGroups.Add(groups.Find(member));
            }

            foreach (var (member, call) in enables)
            {
                if (!registeringGroups.Contains(groups.Find(member)))
                {
                    privacy.Report(end.ReportDiagnostic, DiagnosticDescriptors.RedactionEnabledWithoutRedactors, call, member, properties: null, call.ToString());
                }
            }
        });
    }

    /// <summary>A registration: the service collection, a logging builder, or a host builder exposing <c>Services</c>.</summary>
    private static bool IsRegistration(ITypeSymbol type, INamedTypeSymbol? serviceCollection, INamedTypeSymbol? loggingBuilder)
    {
        if (KnownSymbols.IsOrImplements(type, serviceCollection) || KnownSymbols.IsOrImplements(type, loggingBuilder))
        {
            return true;
        }

        foreach (var member in type.GetMembers("Services"))
        {
            if (member is IPropertySymbol property && KnownSymbols.IsOrImplements(property.Type, serviceCollection))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One symbol per method: the definition of a generic or partial method, the static form of an extension.</summary>
    private static IMethodSymbol Normalize(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        method = method.OriginalDefinition;
        return method.PartialDefinitionPart ?? method;
    }

    private static ISymbol Normalize(ISymbol symbol) => symbol is IMethodSymbol method ? Normalize(method) : symbol;
}
