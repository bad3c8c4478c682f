using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Follows personal data inside one member body: through locals and parameters (with their assignments),
/// interpolation, concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, <c>ToString()</c>, conditional and
/// coalesce expressions, <c>StringBuilder</c> and collections, object, anonymous and collection initialisers and
/// tuples. A value passed through a redactor or a configured sanitizer is clean; so are non-identifying facts derived
/// from personal data (a length, a count, a bool, a hash code).
/// </summary>
/// <remarks>Create one per operation block (<c>RegisterOperationBlockStartAction</c>); thread-safe.</remarks>
internal sealed class PersonalDataFlow
{
    private const int MaxDepth = 24;

    private static readonly HashSet<string> FactMembers = new(StringComparer.Ordinal)
    {
        "Length", "Count", "LongLength", "LongCount", "IsEmpty", "GetHashCode", "GetType", "Rank",
    };

    private readonly PersonalDataClassifier _classifier;
    private readonly ImmutableArray<IOperation> _blocks;
    private readonly ConcurrentDictionary<(IReadOnlyList<VariableWrite>, int, int), PersonalDataOrigin?> _tracedWrites = new();
    private VariableWriteIndex? _writes;

    public PersonalDataFlow(PersonalDataClassifier classifier, ImmutableArray<IOperation> blocks)
    {
        _classifier = classifier;
        _blocks = blocks;
    }

    public PersonalDataClassifier Classifier => _classifier;

    private KnownSymbols Known => _classifier.Known;

    private VariableWriteIndex Writes
    {
        get
        {
            var writes = Volatile.Read(ref _writes);
            if (writes is null)
            {
                // Two threads may build it at once; both results are equal, one wins.
                writes = new VariableWriteIndex(_blocks, Known);
                Interlocked.CompareExchange(ref _writes, writes, null);
            }

            return writes;
        }
    }

    /// <summary>Where the personal data in <paramref name="value"/> comes from, or <see langword="null"/> when clean.</summary>
    public PersonalDataOrigin? Trace(IOperation? value) => Trace(value, depth: 0);

    /// <summary>
    /// Like <see cref="Trace(IOperation?)"/>, for a value that is turned into text: an object holding personal data
    /// counts only when its <c>ToString()</c> is overridden (records, custom overrides); otherwise it prints its type name.
    /// </summary>
    public PersonalDataOrigin? TraceAsText(IOperation? value) => TraceAsText(value, depth: 0);

    /// <summary>
    /// Whether <paramref name="method"/> redacts: Microsoft redactors, Privacy.Kit redactors and scanner, Privacy.Kit's
    /// vendor payload filter, configured sanitizers.
    /// </summary>
    public bool IsSanitizer(IMethodSymbol method, IOperation? receiver)
    {
        var containingType = method.ContainingType;
        if (containingType is null)
        {
            return false;
        }

        if (method.Name.StartsWith("Redact", StringComparison.Ordinal) && KnownSymbols.InheritsFrom(containingType, Known.Redactor))
        {
            // The NullRedactor passes values through unchanged: calling it redacts nothing.
            return !KnownSymbols.InheritsFrom(receiver?.Type, Known.NullRedactor);
        }

        var ns = containingType.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if ((ns == "Privacy.Kit" || ns.StartsWith("Privacy.Kit.", StringComparison.Ordinal))
            && containingType.Name.EndsWith("Redactor", StringComparison.Ordinal))
        {
            return true;
        }

        if ((ns == "Privacy.Kit.Text" || ns.StartsWith("Privacy.Kit.Text.", StringComparison.Ordinal))
            && (method.Name.StartsWith("Redact", StringComparison.Ordinal) || method.Name.StartsWith("Mask", StringComparison.Ordinal)))
        {
            return true;
        }

        // The vendor payload filter writes only what the vendor's data-sharing policy allows, and logs the disclosure.
        if (ns == "Privacy.Kit.Vendors" && containingType.Name == "VendorSharing" && method.Name == "DiscloseAsync")
        {
            return true;
        }

        return _classifier.Options.Sanitizers.Matches(method);
    }

    /// <summary>Whether <paramref name="value"/> is known to be clean whatever flows around it: a constant, a redacted value or a fact.</summary>
    public bool IsKnownClean(IOperation? value)
    {
        value = Unwrap(value);
        return value is null
            || value.ConstantValue.HasValue
            || value is IDefaultValueOperation or INameOfOperation or ITypeOfOperation
            || IsFact(value.Type)
            || (value is IInvocationOperation invocation && IsSanitizer(invocation.TargetMethod, invocation.Instance));
    }

    private static IOperation? Unwrap(IOperation? value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static bool IsFact(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

    private PersonalDataOrigin? TraceAsText(IOperation? value, int depth)
    {
        var origin = Trace(value, depth);
        if (origin is null || !origin.IsWholeObject)
        {
            return origin;
        }

        return PrintsMembers(Unwrap(value)?.Type) ? origin.AsScalar() : null;
    }

    /// <summary>Whether the string form of <paramref name="type"/> shows its members: a record or an overridden <c>ToString</c>.</summary>
    private static bool PrintsMembers(ITypeSymbol? type)
    {
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (current.IsRecord)
            {
                return true;
            }

            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 })
                {
                    return true;
                }
            }
        }

        // Collections and other framework types print their type name; an interface or type parameter may be anything.
        return type is ITypeParameterSymbol || type?.TypeKind == TypeKind.Interface;
    }

    private PersonalDataOrigin? Trace(IOperation? value, int depth)
    {
        if (value is null || depth > MaxDepth || value.ConstantValue.HasValue || IsFact(value.Type))
        {
            return null;
        }

        if (value is IConversionOperation conversion)
        {
            return Trace(conversion.Operand, depth + 1);
        }

        if (IsObjectReference(value) && value.Type is { } type && type.SpecialType == SpecialType.None
            && _classifier.HeldBy(type) is { } held && !_classifier.CanCarryIdentifier(type))
        {
            return PersonalDataOrigin.WholeObject(value.Syntax, held);
        }

        return value switch
        {
            ILocalReferenceOperation local => TraceVariable(local.Local, local, depth),
            IParameterReferenceOperation parameter => TraceVariable(parameter.Parameter, parameter, depth),
            IMemberReferenceOperation member => TraceMember(member, depth),
            IInvocationOperation invocation => TraceInvocation(invocation, depth),
            IInterpolatedStringOperation interpolated => FirstOf(InterpolationHoles(interpolated), depth, asText: true),
            IBinaryOperation binary => TraceBinary(binary, depth),
            IUnaryOperation unary => Trace(unary.Operand, depth + 1)?.AsScalar(),
            IConditionalOperation conditional => Trace(conditional.WhenTrue, depth + 1) ?? Trace(conditional.WhenFalse, depth + 1),
            ICoalesceOperation coalesce => Trace(coalesce.Value, depth + 1) ?? Trace(coalesce.WhenNull, depth + 1),
            IConditionalAccessOperation conditionalAccess => Trace(conditionalAccess.WhenNotNull, depth + 1),
            IConditionalAccessInstanceOperation instance => Trace(ConditionalAccessOf(instance)?.Operation, depth + 1),
            IInterpolatedStringHandlerCreationOperation handler => Trace(handler.Content, depth + 1),
            ITupleOperation tuple => FirstOf(tuple.Elements, depth, asText: false),
            IObjectCreationOperation creation => TraceCreation(creation.Arguments, creation.Initializer, depth),
            IAnonymousObjectCreationOperation anonymous => FirstOf(anonymous.Initializers, depth, asText: false),
            IObjectOrCollectionInitializerOperation initializer => FirstOf(initializer.Initializers, depth, asText: false),
            IMemberInitializerOperation memberInitializer => Trace(memberInitializer.Initializer, depth + 1),
            ISimpleAssignmentOperation assignment => Trace(assignment.Value, depth + 1),
            ICompoundAssignmentOperation compound => Trace(compound.Target, depth + 1) ?? Trace(compound.Value, depth + 1),
            IArrayCreationOperation array => array.Initializer is null ? null : FirstOf(array.Initializer.ElementValues, depth, asText: false),
            IArrayInitializerOperation arrayInitializer => FirstOf(arrayInitializer.ElementValues, depth, asText: false),
            IArrayElementReferenceOperation element => Trace(element.ArrayReference, depth + 1)?.AsScalar(),
            IAwaitOperation awaited => Trace(awaited.Operation, depth + 1),
            ISwitchExpressionOperation switchExpression => FirstOf(SwitchArmValues(switchExpression), depth, asText: false),
            IDelegateCreationOperation or IAnonymousFunctionOperation => null,
            _ => null,
        };
    }

    private static bool IsObjectReference(IOperation value) =>
        value is ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation
            or IInvocationOperation or IInstanceReferenceOperation or IObjectCreationOperation or IAwaitOperation
            or IArrayElementReferenceOperation;

    private PersonalDataOrigin? TraceVariable(ISymbol variable, IOperation reference, int depth)
    {
        if (_classifier.IsDeclaredNotPersonal(variable))
        {
            return null;
        }

        var writes = Writes.WritesTo(variable);
        var start = 0;
        var position = reference.Syntax.SpanStart;
        VariableWrite? replacing = null;
        var seen = 0;
        for (var i = 0; i < writes.Count && writes[i].End <= position; i++)
        {
            seen = i + 1;
            if (writes[i].Replaces(reference.Syntax))
            {
                replacing = writes[i];
                start = i;
            }
        }

        if (seen > 0 && TraceWrites(writes, start, seen, depth) is { } written)
        {
            return written;
        }

        // The declaration itself: an attributed parameter, or a name that says personal data, unless the value it
        // surely holds here is clean (var email = redactor.Redact(...)).
        if (_classifier.Classify(variable) is { } source && (replacing is null || !IsKnownClean(replacing.Value)))
        {
            return PersonalDataOrigin.Of(reference.Syntax, source.Kind);
        }

        return null;
    }

    /// <summary>
    /// What the writes <paramref name="start"/>..<paramref name="seen"/> of a variable carry. Memoised: code that
    /// appends to one variable many times would otherwise be traced again for every reference.
    /// </summary>
    private PersonalDataOrigin? TraceWrites(IReadOnlyList<VariableWrite> writes, int start, int seen, int depth)
    {
        var key = (writes, start, seen);
        if (_tracedWrites.TryGetValue(key, out var known))
        {
            return known;
        }

        PersonalDataOrigin? origin = null;
        for (var i = start; i < seen && origin is null; i++)
        {
            origin = Trace(writes[i].Value, depth + 1);
        }

        _tracedWrites.TryAdd(key, origin);

        return origin;
    }

    private PersonalDataOrigin? TraceMember(IMemberReferenceOperation member, int depth)
    {
        var symbol = member.Member;
        if (_classifier.IsDeclaredNotPersonal(symbol))
        {
            return null;
        }

        if (member is IFieldReferenceOperation or IPropertyReferenceOperation && _classifier.Classify(symbol) is { } source)
        {
            // customer?.Email is named as written, not as the bare ".Email" binding.
            var syntax = member.Instance is IConditionalAccessInstanceOperation instance && ConditionalAccessOf(instance) is { } access
                ? access.Syntax
                : member.Syntax;
            return PersonalDataOrigin.Of(syntax, source.Kind);
        }

        if (FactMembers.Contains(symbol.Name) || member is IEventReferenceOperation or IMethodReferenceOperation)
        {
            return null;
        }

        // A member of a personal value (dateOfBirth.Year, email.Trim) is still personal; a plain member of an object
        // that holds personal data elsewhere (customer.Id) is not.
        var receiver = Trace(member.Instance, depth + 1);
        return receiver is { IsWholeObject: false } ? receiver : null;
    }

    private PersonalDataOrigin? TraceInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (IsSanitizer(method, invocation.Instance) || FactMembers.Contains(method.Name) || method.ReturnsVoid)
        {
            return null;
        }

        if (_classifier.IsDeclaredNotPersonal(method))
        {
            return null;
        }

        if (_classifier.Classify(method) is { } source)
        {
            return PersonalDataOrigin.Of(invocation.Syntax, source.Kind);
        }

        var receiver = invocation.Instance
            ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (receiver is not null)
        {
            var fromReceiver = method.Name == "ToString" ? TraceAsText(receiver, depth + 1) : Trace(receiver, depth + 1);
            if (fromReceiver is { IsWholeObject: false })
            {
                return fromReceiver;
            }
        }

        if (!ReturnsText(method.ReturnType))
        {
            return null;
        }

        // Text built from arguments (string.Format, string.Join, a user's FormatGreeting(name)) carries them; an
        // object turns into text only through its ToString, unless the method serialises it.
        var serialises = method.Name.StartsWith("Serialize", StringComparison.Ordinal) || method.Name.StartsWith("ToJson", StringComparison.Ordinal);
        foreach (var argument in invocation.Arguments)
        {
            if (ReferenceEquals(argument.Value, receiver) || argument.Parameter?.RefKind is RefKind.Out)
            {
                continue;
            }

            var origin = serialises ? Trace(argument.Value, depth + 1) : TraceAsText(argument.Value, depth + 1);
            if (origin is not null)
            {
                return origin.AsScalar();
            }
        }

        return null;
    }

    private bool ReturnsText(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task)
        {
            type = task.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_String or SpecialType.System_Object
            || (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte or SpecialType.System_String })
            || KnownSymbols.InheritsFrom(type, Known.StringBuilder)
            || type.Name is "FormattableString" or "ReadOnlySpan" or "ReadOnlyMemory" or "Span" or "Memory";
    }

    private PersonalDataOrigin? TraceBinary(IBinaryOperation binary, int depth)
    {
        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
            or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
            or BinaryOperatorKind.ObjectValueEquals or BinaryOperatorKind.ObjectValueNotEquals)
        {
            return null;
        }

        var asText = binary.Type?.SpecialType == SpecialType.System_String;
        var left = asText ? TraceAsText(binary.LeftOperand, depth + 1) : Trace(binary.LeftOperand, depth + 1);
        return (left ?? (asText ? TraceAsText(binary.RightOperand, depth + 1) : Trace(binary.RightOperand, depth + 1)))?.AsScalar();
    }

    private PersonalDataOrigin? TraceCreation(ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, int depth)
    {
        foreach (var argument in arguments)
        {
            if (Trace(argument.Value, depth + 1) is { } origin)
            {
                return origin.AsScalar();
            }
        }

        return initializer is null ? null : Trace(initializer, depth + 1)?.AsScalar();
    }

    private PersonalDataOrigin? FirstOf(IEnumerable<IOperation> values, int depth, bool asText)
    {
        foreach (var value in values)
        {
            var origin = asText ? TraceAsText(value, depth + 1) : Trace(Unwrap(value) is IInvocationOperation { TargetMethod.Name: "Add" } add ? AddArgument(add) : value, depth + 1);
            if (origin is not null)
            {
                return origin.AsScalar();
            }
        }

        return null;
    }

    /// <summary>A collection initialiser element (<c>{ email }</c>) is an implicit <c>Add(email)</c>.</summary>
    private static IOperation AddArgument(IInvocationOperation add) =>
        add.Arguments.Length > 0 ? add.Arguments[add.Arguments.Length - 1].Value : add;

    private static IEnumerable<IOperation> InterpolationHoles(IInterpolatedStringOperation interpolated)
    {
        foreach (var part in interpolated.Parts)
        {
            if (part is IInterpolationOperation hole)
            {
                yield return hole.Expression;
            }
            else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append }
                && append.TargetMethod.Name == "AppendFormatted")
            {
                // An interpolated string handler (Debug.Assert, string.Create): the hole is AppendFormatted's argument.
                yield return append.Arguments[0].Value;
            }
        }
    }

    private static IEnumerable<IOperation> SwitchArmValues(ISwitchExpressionOperation switchExpression)
    {
        foreach (var arm in switchExpression.Arms)
        {
            yield return arm.Value;
        }
    }

    private static IConditionalAccessOperation? ConditionalAccessOf(IConditionalAccessInstanceOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access)
            {
                return access;
            }
        }

        return null;
    }
}
