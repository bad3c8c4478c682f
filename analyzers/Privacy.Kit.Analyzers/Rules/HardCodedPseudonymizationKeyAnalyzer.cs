using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.Analyzers.Rules;

/// <summary>
/// PK4002: a pseudonymization or HMAC key written in source: a literal (string, <c>u8</c> string, byte array or
/// collection expression of constants, or those through <c>Encoding.GetBytes</c>/<c>Convert.FromBase64String</c>, a
/// local or a readonly field) reaching a key.
/// </summary>
/// <remarks>
/// Keys: <c>HmacRedactorOptions.Key</c>; <c>Key</c> of <c>KeyedHashAlgorithm</c> (<c>HMACSHA256</c>, ...); the <c>key</c>
/// parameter of their constructors and static <c>HashData</c>/<c>TryHashData</c> methods and of
/// <c>IncrementalHash.CreateHMAC</c>; and any <c>key</c> parameter or <c>...Key</c> property of a Privacy.Kit type
/// named for pseudonymization or HMAC (<c>SubjectPseudonymizer</c>). A value that may be a literal counts (a literal
/// fallback after <c>??</c> or in a conditional is a key in source too); an empty string is a placeholder, not a key.
/// </remarks>
public sealed class HardCodedPseudonymizationKeyAnalyzer : PrivacyAnalyzer
{
    private const int MaxDepth = 6;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedPseudonymizationKey);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacyCompilation privacy)
    {
        var compilation = context.Compilation;
        var keys = new KeyTargets(
            compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.HmacRedactorOptions"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.KeyedHashAlgorithm"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.IncrementalHash"),
            compilation.GetTypeByMetadataName("System.Convert"),
            compilation.GetTypeByMetadataName("System.Text.Encoding"));

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (IAssignmentOperation)operation.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: var property } && keys.IsKeyProperty(property))
                {
                    Check(operation, assignment.Value, property.ContainingType.Name + "." + property.Name);
                }
            },
            OperationKind.SimpleAssignment);

        context.RegisterOperationAction(
            operation =>
            {
                var argument = (IArgumentOperation)operation.Operation;
                if (argument.Parameter is { } parameter && parameter.ContainingSymbol is IMethodSymbol method && keys.IsKeyParameter(method, parameter))
                {
                    var name = method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
                    Check(operation, argument.Value, name);
                }
            },
            OperationKind.Argument);

        void Check(OperationAnalysisContext operation, IOperation value, string target)
        {
            VariableWriteIndex? writes = null;
            if (IsWrittenInSource(value, keys, privacy.Known, ref writes, depth: 0))
            {
                privacy.Report(operation.ReportDiagnostic, DiagnosticDescriptors.HardCodedPseudonymizationKey, value.Syntax, operation.ContainingSymbol,
                    properties: null, target);
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> is, or may be, a literal written in source.</summary>
    private static bool IsWrittenInSource(IOperation value, KeyTargets keys, KnownSymbols known, ref VariableWriteIndex? writes, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        if (value.ConstantValue is { HasValue: true, Value: var constant })
        {
            return constant is not null and not "";
        }

        switch (value)
        {
            case IUtf8StringOperation utf8:
                return utf8.Value.Length > 0;
            case IConversionOperation conversion:
                return IsWrittenInSource(conversion.Operand, keys, known, ref writes, depth + 1);
            case IArrayCreationOperation { Initializer.ElementValues: { IsEmpty: false } elements }:
                return AllConstant(elements);
            case IArrayInitializerOperation { ElementValues: { IsEmpty: false } elements }:
                // byte[] Key = { 1, 2, 3 }: the declaration's initializer alone.
                return AllConstant(elements);
            case ICoalesceOperation coalesce:
                return IsWrittenInSource(coalesce.Value, keys, known, ref writes, depth + 1)
                    || IsWrittenInSource(coalesce.WhenNull, keys, known, ref writes, depth + 1);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return IsWrittenInSource(conditional.WhenTrue, keys, known, ref writes, depth + 1)
                    || IsWrittenInSource(whenFalse, keys, known, ref writes, depth + 1);
            case IInvocationOperation invocation when keys.Decodes(invocation.TargetMethod) && invocation.Arguments.Length > 0:
                return IsWrittenInSource(invocation.Arguments[0].Value, keys, known, ref writes, depth + 1);
            case ILocalReferenceOperation local:
                writes ??= new VariableWriteIndex(ImmutableArray.Create(Root(value)), known);
                foreach (var write in writes.WritesTo(local.Local))
                {
                    if (write.Value is { } written && IsWrittenInSource(written, keys, known, ref writes, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return InitializerOf(field, value) is { } fieldInitializer && IsWrittenInSource(fieldInitializer, keys, known, ref writes, depth + 1);
            case IPropertyReferenceOperation { Property: { SetMethod: null } property }:
                return InitializerOf(property, value) is { } propertyInitializer && IsWrittenInSource(propertyInitializer, keys, known, ref writes, depth + 1);
        }

        // Collection expressions ([0x01, 0x02]) have no operation of their own in every Roslyn version: their children are the elements.
        if (value.Syntax is CollectionExpressionSyntax)
        {
            var elements = value.ChildOperations.ToImmutableArray();
            return !elements.IsEmpty && AllConstant(elements);
        }

        return false;
    }

    private static bool AllConstant(IEnumerable<IOperation> elements)
    {
        foreach (var element in elements)
        {
            if (!element.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>
    /// The initializer of a readonly field or get-only property declared in the same file as <paramref name="use"/>
    /// (the only semantic model an operation action has at hand).
    /// </summary>
    private static IOperation? InitializerOf(ISymbol member, IOperation use)
    {
        if (member.DeclaringSyntaxReferences.Length != 1 || use.SemanticModel is not { } model)
        {
            return null;
        }

        var reference = member.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        var initializer = reference.GetSyntax() switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value,
            _ => null,
        };
        return initializer is null ? null : model.GetOperation(initializer);
    }
}
