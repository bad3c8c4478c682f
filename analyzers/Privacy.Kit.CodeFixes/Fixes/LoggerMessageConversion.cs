using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using Privacy.Kit.Analyzers.Infrastructure;

namespace Privacy.Kit.CodeFixes.Fixes;

/// <summary>
/// PK1001: turns <c>logger.LogInformation("Callback for {Phone}", customer.Phone)</c> (or an interpolated message) into a
/// call of a <c>[LoggerMessage]</c> method declared in the enclosing type, whose parameters carry the Privacy.Kit
/// classification of the data each one receives, so Microsoft's log redaction redacts them:
/// <code>
/// [LoggerMessage(Level = LogLevel.Information, Message = "Callback for {Phone}")]
/// static partial void LogCallbackFor(ILogger logger, [PhoneNumber] string phone);
/// </code>
/// The enclosing types become <c>partial</c>. Offered only for the <c>ILogger</c> extension methods with a constant or
/// interpolated message whose holes match the arguments, when the classification attributes are referenced.
/// </summary>
internal sealed class LoggerMessageConversion
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private LoggerMessageConversion(
        InvocationExpressionSyntax call,
        TypeDeclarationSyntax type,
        string level,
        int? eventId,
        string template,
        ExpressionSyntax logger,
        ExpressionSyntax? exception,
        ITypeSymbol? exceptionType,
        ImmutableArray<(string Name, ExpressionSyntax Value, ITypeSymbol Type)> holes)
    {
        Call = call;
        Type = type;
        Level = level;
        EventId = eventId;
        Template = template;
        Logger = logger;
        Exception = exception;
        ExceptionType = exceptionType;
        Holes = holes;
    }

    /// <summary>The log call to replace.</summary>
    public InvocationExpressionSyntax Call { get; }

    /// <summary>The type the <c>[LoggerMessage]</c> method goes into.</summary>
    public TypeDeclarationSyntax Type { get; }

    private string Level { get; }

    private int? EventId { get; }

    private string Template { get; }

    private ExpressionSyntax Logger { get; }

    private ExpressionSyntax? Exception { get; }

    private ITypeSymbol? ExceptionType { get; }

    private ImmutableArray<(string Name, ExpressionSyntax Value, ITypeSymbol Type)> Holes { get; }

    /// <summary>The conversion of the log call that <paramref name="node"/> is an argument (or part of one) of, or <see langword="null"/>.</summary>
    public static LoggerMessageConversion? For(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var call = node.FirstAncestorOrSelf<InvocationExpressionSyntax>(candidate => candidate.Expression is MemberAccessExpressionSyntax or IdentifierNameSyntax && IsLogExtension(candidate, model, cancellationToken));
        if (call is null
            || call.Parent is ConditionalAccessExpressionSyntax
            || call.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type
            || type is InterfaceDeclarationSyntax
            || model.GetOperation(call, cancellationToken) is not IInvocationOperation invocation
            || LevelOf(invocation) is not { } level)
        {
            return null;
        }

        ExpressionSyntax? logger = null;
        ExpressionSyntax? exception = null;
        ITypeSymbol? exceptionType = null;
        int? eventId = null;
        IOperation? message = null;
        ImmutableArray<IOperation> args = ImmutableArray<IOperation>.Empty;
        foreach (var argument in invocation.Arguments)
        {
            var value = Unwrap(argument.Value);
            switch (argument.Parameter?.Type.Name)
            {
                case "ILogger":
                    logger = value.Syntax as ExpressionSyntax;
                    break;
                case "LogLevel":
                    break;
                case "EventId":
                    if (value.ConstantValue is not { HasValue: true, Value: int id })
                    {
                        return null;
                    }

                    eventId = id;
                    break;
                case "Exception":
                    exception = value.Syntax as ExpressionSyntax;
                    exceptionType = value.Type;
                    break;
                case "String":
                    message = value;
                    break;
                default:
                    if (argument.ArgumentKind != ArgumentKind.ParamArray
                        || value is not IArrayCreationOperation { Initializer: { } initializer })
                    {
                        return null;
                    }

                    args = initializer.ElementValues;
                    break;
            }
        }

        if (logger is null || message is null || (exception is not null && exceptionType is null))
        {
            return null;
        }

        var holes = ImmutableArray.CreateBuilder<(string, ExpressionSyntax, ITypeSymbol)>();
        var template = new StringBuilder();
        if (message.ConstantValue is { HasValue: true, Value: string constant })
        {
            if (!TemplateHoles(constant, out var names) || names.Count != args.Length)
            {
                return null;
            }

            for (var i = 0; i < args.Length; i++)
            {
                if (Hole(names[i], Unwrap(args[i])) is not { } hole)
                {
                    return null;
                }

                holes.Add(hole);
            }

            template.Append(constant);
        }
        else if (message is IInterpolatedStringOperation interpolated && args.IsEmpty)
        {
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string literal:
                        template.Append(literal.Replace("{", "{{").Replace("}", "}}"));
                        break;
                    case IInterpolationOperation { Alignment: null } hole:
                        var name = Unique(HoleName(hole.Expression), holes);
                        if (Hole(name, Unwrap(hole.Expression)) is not { } converted)
                        {
                            return null;
                        }

                        holes.Add(converted);
                        template.Append('{').Append(name);
                        if (hole.FormatString?.ConstantValue.Value is string format)
                        {
                            template.Append(':').Append(format);
                        }

                        template.Append('}');
                        break;
                    default:
                        return null;
                }
            }
        }
        else
        {
            return null;
        }

        return new LoggerMessageConversion(call, type, level, eventId, template.ToString(), logger, exception, exceptionType, holes.ToImmutable());
    }

    /// <summary>Writes the conversion: the call is replaced, the method added to the type, the types made partial.</summary>
    /// <param name="editor">The document's editor.</param>
    /// <param name="kinds">The kind of personal data each argument carries (by its position in the call), where known.</param>
    /// <param name="takenNames">Method names already used in the type, including those added in this fix.</param>
    public void Apply(DocumentEditor editor, IReadOnlyDictionary<SyntaxNode, string> kinds, ISet<string> takenNames)
    {
        var methodName = Unique(MethodName(), takenNames);
        takenNames.Add(methodName);

        var parameters = new List<ParameterSyntax>
        {
            SyntaxFactory.Parameter(SyntaxFactory.Identifier("logger")).WithType(TypeName("global::Microsoft.Extensions.Logging.ILogger")),
        };
        var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(Logger.WithoutTrivia()) };
        if (Exception is not null && ExceptionType is not null)
        {
            parameters.Add(SyntaxFactory.Parameter(SyntaxFactory.Identifier("exception")).WithType(TypeName(ExceptionType.ToDisplayString(TypeFormat))));
            arguments.Add(SyntaxFactory.Argument(Exception.WithoutTrivia()));
        }

        foreach (var (name, value, type) in Holes)
        {
            var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(ParameterName(name))).WithType(TypeName(type.ToDisplayString(TypeFormat)));
            if (KindOf(value, kinds) is { } kind)
            {
                parameter = parameter.AddAttributeLists(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Attribute((NameSyntax)TypeName("global::Privacy.Kit." + PersonalDataKinds.AttributeNameFor(kind))))));
            }

            parameters.Add(parameter);
            arguments.Add(SyntaxFactory.Argument(value.WithoutTrivia()));
        }

        var attributeArguments = new List<AttributeArgumentSyntax>();
        if (EventId is { } id)
        {
            attributeArguments.Add(Named("EventId", SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(id))));
        }

        attributeArguments.Add(Named("Level", SyntaxFactory.ParseExpression("global::Microsoft.Extensions.Logging.LogLevel." + Level).WithAdditionalAnnotations(Simplifier.Annotation)));
        attributeArguments.Add(Named("Message", SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Template))));

        var method = SyntaxFactory.MethodDeclaration(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.VoidKeyword)), methodName)
            .AddAttributeLists(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute((NameSyntax)TypeName("global::Microsoft.Extensions.Logging.LoggerMessage"), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(attributeArguments))))))
            // No accessibility: private, and a partial method without one needs no implementation until the generator writes it.
            .AddModifiers(SyntaxFactory.Token(SyntaxKind.StaticKeyword), SyntaxFactory.Token(SyntaxKind.PartialKeyword))
            .WithParameterList(SyntaxFactory.ParameterList(SyntaxFactory.SeparatedList(parameters)))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
            .WithAdditionalAnnotations(Formatter.Annotation);

        var replacement = SyntaxFactory.InvocationExpression(SyntaxFactory.IdentifierName(methodName), SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(Call)
            .WithAdditionalAnnotations(Formatter.Annotation);
        editor.ReplaceNode(Call, replacement);
        // A blank line before the new method, in the file's own line ending.
        var lineEnding = Type.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = lineEnding.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnding : SyntaxFactory.CarriageReturnLineFeed;
        editor.AddMember(Type, method.WithLeadingTrivia(newLine).WithTrailingTrivia(newLine));
        for (var current = Type; current is not null; current = current.Parent as TypeDeclarationSyntax)
        {
            editor.ReplaceNode(current, (node, _) => MakePartial((TypeDeclarationSyntax)node));
        }
    }

    /// <summary>The method names the type declares, for unique names.</summary>
    public static HashSet<string> MemberNames(TypeDeclarationSyntax type, SemanticModel model, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (model.GetDeclaredSymbol(type, cancellationToken) is { } symbol)
        {
            names.UnionWith(symbol.MemberNames);
        }

        return names;
    }

    private static string? KindOf(ExpressionSyntax value, IReadOnlyDictionary<SyntaxNode, string> kinds)
    {
        foreach (var pair in kinds)
        {
            // On the value or inside it; or on the whole message, which holds the value (fail closed: each of its holes).
            if (value.SyntaxTree == pair.Key.SyntaxTree && (value.Span.Contains(pair.Key.Span) || pair.Key.Span.Contains(value.Span)))
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static TypeDeclarationSyntax MakePartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return type;
        }

        if (type.Modifiers.Count == 0)
        {
            var keyword = type.Keyword;
            return type
                .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.Space))
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, default)));
        }

        return type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
    }

    private static AttributeArgumentSyntax Named(string name, ExpressionSyntax value) =>
        SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, value);

    private static TypeSyntax TypeName(string name) => SyntaxFactory.ParseTypeName(name).WithAdditionalAnnotations(Simplifier.Annotation);

    private static bool IsLogExtension(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method
        && (method.ReducedFrom ?? method).ContainingType?.ToDisplayString() == "Microsoft.Extensions.Logging.LoggerExtensions"
        && method.Name != "BeginScope";

    /// <summary>The level: <c>LogInformation</c> says it, <c>Log(LogLevel.X, ...)</c> with a constant level too.</summary>
    private static string? LevelOf(IInvocationOperation invocation)
    {
        var name = invocation.TargetMethod.Name;
        if (name is "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical")
        {
            return name.Substring(3);
        }

        if (name != "Log")
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.Name == "LogLevel"
                && Unwrap(argument.Value) is IFieldReferenceOperation { Field: { HasConstantValue: true } level }
                && level.Name is "Trace" or "Debug" or "Information" or "Warning" or "Error" or "Critical")
            {
                return level.Name;
            }
        }

        return null;
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static (string, ExpressionSyntax, ITypeSymbol)? Hole(string name, IOperation value) =>
        value.Syntax is ExpressionSyntax expression
        && value.Type is { } type
        && type.TypeKind is not (TypeKind.Error or TypeKind.Dynamic or TypeKind.Pointer or TypeKind.FunctionPointer)
        && !type.IsAnonymousType
        && type.SpecialType != SpecialType.System_Void
        && !(type.IsRefLikeType)
            ? (name, expression, type)
            : null;

    /// <summary>The holes of a message template, in order; false for positional (<c>{0}</c>) or repeated names.</summary>
    private static bool TemplateHoles(string template, out List<string> names)
    {
        names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                i++;
                continue;
            }

            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = template.IndexOf('}', i);
            if (end < 0)
            {
                return false;
            }

            var hole = template.Substring(i + 1, end - i - 1);
            var stop = hole.IndexOfAny([',', ':']);
            var name = (stop < 0 ? hole : hole.Substring(0, stop)).TrimStart('@', '$');
            if (name.Length == 0 || !SyntaxFacts.IsValidIdentifier(name) || !seen.Add(name))
            {
                return false;
            }

            names.Add(name);
            i = end;
        }

        return true;
    }

    /// <summary>A hole's name from its expression: <c>customer.Phone</c> is <c>Phone</c>, <c>email</c> is <c>Email</c>.</summary>
    private static string HoleName(IOperation value)
    {
        var name = Unwrap(value) switch
        {
            IMemberReferenceOperation member => member.Member.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IInvocationOperation call => call.TargetMethod.Name.StartsWith("Get", StringComparison.Ordinal) && call.TargetMethod.Name.Length > 3
                ? call.TargetMethod.Name.Substring(3)
                : call.TargetMethod.Name,
            _ => "Value",
        };
        name = name.TrimStart('_', '@');
        return name.Length == 0 ? "Value" : char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    private static string Unique(string name, ImmutableArray<(string Name, ExpressionSyntax Value, ITypeSymbol Type)>.Builder taken)
    {
        var candidate = name;
        for (var n = 2; Contains(taken, candidate); n++)
        {
            candidate = name + n;
        }

        return candidate;

        static bool Contains(ImmutableArray<(string Name, ExpressionSyntax Value, ITypeSymbol Type)>.Builder taken, string name)
        {
            foreach (var hole in taken)
            {
                if (string.Equals(hole.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = name + n;
        }

        return candidate;
    }

    /// <summary>
    /// <c>Log</c> and the first five words of the message: "Callback requested by {Phone}" is <c>LogCallbackRequestedBy</c>;
    /// a message of holes only, "{Email}", is <c>LogInformationEmail</c>.
    /// </summary>
    private string MethodName()
    {
        var name = new StringBuilder("Log");
        var words = 0;
        var depth = 0;
        var inWord = false;
        foreach (var c in Template)
        {
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth > 0 || !char.IsLetterOrDigit(c) || c > 127)
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                if (words == 5 || (words == 0 && char.IsDigit(c)))
                {
                    break;
                }

                words++;
                inWord = true;
                name.Append(char.ToUpperInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        if (words == 0)
        {
            // A message of holes only ("{Email}"): the level and the holes' names.
            name.Append(Level);
            foreach (var hole in Holes)
            {
                name.Append(hole.Name);
            }
        }

        return name.ToString();
    }

    private static string ParameterName(string holeName)
    {
        var name = char.ToLowerInvariant(holeName[0]) + holeName.Substring(1);
        if (name is "logger" or "exception")
        {
            name += "Value";
        }

        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
    }
}
