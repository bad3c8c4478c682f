using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary><c>OperationKind.CollectionExpression</c> and <c>OperationKind.Spread</c>, newer than Roslyn 4.8.</summary>
    private const OperationKind CollectionExpressionKind = (OperationKind)0x7F;
    private const OperationKind SpreadKind = (OperationKind)0x80;

    private readonly PersonalDataClassifier _classifier;
    private readonly MethodSummaries _summaries;
    private readonly IMethodSymbol? _summarised;
    private readonly ImmutableArray<IOperation> _blocks;
    // Created on first use: most bodies have no sink, and their flow should cost next to nothing.
    private ConcurrentDictionary<(IReadOnlyList<VariableWrite>, int, int), PersonalDataOrigin?>? _tracedWrites;

    // What each sink argument carries, asked by several rules (PK1001 and PK1004 trace the same log arguments).
    private ConcurrentDictionary<IOperation, PersonalDataOrigin?>? _traced;
    private ConcurrentDictionary<IOperation, PersonalDataOrigin?>? _tracedAsText;
    private readonly Func<IOperation, PersonalDataOrigin?> _trace;
    private readonly Func<IOperation, PersonalDataOrigin?> _traceAsText;
    private VariableWriteIndex? _writes;

    /// <param name="classifier">The classifier for the body's options.</param>
    /// <param name="summaries">The compilation's method summaries.</param>
    /// <param name="blocks">The body.</param>
    /// <param name="summarised">When summarising a method: that method (its parameters become parameter origins).</param>
    public PersonalDataFlow(PersonalDataClassifier classifier, MethodSummaries summaries, ImmutableArray<IOperation> blocks, IMethodSymbol? summarised = null)
    {
        _classifier = classifier;
        _summaries = summaries;
        _blocks = blocks;
        _summarised = summarised;
        _trace = [MethodImpl(HotPath.Optimized)] (IOperation value) => Trace(value, depth: 0);
        _traceAsText = [MethodImpl(HotPath.Optimized)] (IOperation value) => TraceAsText(value, depth: 0);
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

    /// <summary>
    /// Whether <paramref name="value"/> is, or is a local assigned, a value <paramref name="matches"/> accepts
    /// (<c>var data = exception.Data; data["k"] = v</c>): one level of locals, no further.
    /// </summary>
    public bool IsOrHolds(IOperation value, Func<IOperation, bool> matches)
    {
        value = Unwrap(value)!;
        if (matches(value))
        {
            return true;
        }

        if (value is ILocalReferenceOperation local)
        {
            foreach (var write in Writes.WritesTo(local.Local))
            {
                if (write.Value is { } written && matches(Unwrap(written)!))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the personal data in <paramref name="value"/> comes from, or <see langword="null"/> when clean.</summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataOrigin? Trace(IOperation? value) => value is null ? null : LazyInitializer.EnsureInitialized(ref _traced, static () => new())!.GetOrAdd(value, _trace);

    /// <summary>
    /// Like <see cref="Trace(IOperation?)"/>, for a value that is turned into text: an object holding personal data
    /// counts only when its <c>ToString()</c> is overridden (records, custom overrides); otherwise it prints its type name.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataOrigin? TraceAsText(IOperation? value) => value is null ? null : LazyInitializer.EnsureInitialized(ref _tracedAsText, static () => new())!.GetOrAdd(value, _traceAsText);

    /// <summary>
    /// Whether <paramref name="method"/> redacts, recognised by symbol, never by name: Microsoft's
    /// <c>Redactor.Redact</c> (and its overrides), a method marked <c>[Redacts]</c> (on itself, a method it overrides or
    /// implements, or its type or a base type: the Privacy.Kit redactors, the free-text redactor and
    /// <c>VendorSharing.DiscloseAsync</c> carry it, and so can users' own sanitizers), or one listed in
    /// <c>privacy_kit.sanitizers</c>.
    /// </summary>
    public bool IsSanitizer(IMethodSymbol method, IOperation? receiver)
    {
        if (method.ContainingType is null)
        {
            return false;
        }

        if (IsRedactorRedact(method))
        {
            // The NullRedactor passes values through unchanged: calling it redacts nothing.
            return !KnownSymbols.InheritsFrom(receiver?.Type, Known.NullRedactor);
        }

        return (Known.RedactsAttribute is { } redacts && IsMarked(method, redacts))
            || _classifier.Options.Sanitizers.Matches(method);
    }

    /// <summary>One of Microsoft's <c>Redactor.Redact</c> overloads, or an override of one.</summary>
    private bool IsRedactorRedact(IMethodSymbol method)
    {
        if (Known.Redactor is not { } redactor)
        {
            return false;
        }

        for (var current = method.OriginalDefinition; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            if (SymbolEqualityComparer.Default.Equals(current.ContainingType, redactor))
            {
                return current.Name == "Redact";
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[Redacts]</c> on the method, a method it overrides, an interface method it implements, or its type or a base
    /// type (the attribute is inherited, as reflection sees it).
    /// </summary>
    private static bool IsMarked(IMethodSymbol method, INamedTypeSymbol redacts)
    {
        method = method.ReducedFrom ?? method;
        for (var current = method.OriginalDefinition; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            if (HasAttribute(current, redacts))
            {
                return true;
            }
        }

        var containingType = method.ContainingType;
        for (var type = containingType; type is not null; type = type.BaseType)
        {
            if (HasAttribute(type.OriginalDefinition, redacts))
            {
                return true;
            }
        }

        if (method.IsStatic || containingType.TypeKind == TypeKind.Interface)
        {
            return false;
        }

        foreach (var implemented in containingType.AllInterfaces)
        {
            foreach (var member in implemented.GetMembers(method.Name))
            {
                if (member is IMethodSymbol interfaceMethod
                    && HasAttribute(interfaceMethod.OriginalDefinition, redacts)
                    && SymbolEqualityComparer.Default.Equals(containingType.FindImplementationForInterfaceMember(member)?.OriginalDefinition, method.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="value"/> is known to be clean whatever flows around it: a constant, a redacted value or a fact.</summary>
    public bool IsKnownClean(IOperation? value)
    {
        value = Unwrap(value);
        return value is null
            || value.ConstantValue.HasValue
            || value is IDefaultValueOperation or INameOfOperation or ITypeOfOperation
            || IsFact(value.Type)
            || (value is IInvocationOperation invocation
                && (IsSanitizer(invocation.TargetMethod, invocation.Instance) || _classifier.IsKnownNotPersonal(invocation.TargetMethod)))
            || (value is IMemberReferenceOperation member && _classifier.IsKnownNotPersonal(member.Member));
    }

    private static IOperation? Unwrap(IOperation? value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsFact(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

    private PersonalDataOrigin? TraceAsText(IOperation? value, int depth)
    {
        var origin = Trace(value, depth);
        if (origin is null || !HasWholeObject(origin))
        {
            return origin;
        }

        // An object turns into text through its ToString: a record or an override prints what it prints, a class
        // without one prints its type name.
        var type = Unwrap(value)?.Type;
        PersonalDataOrigin? text = null;
        for (var current = origin; current is not null; current = current.Next)
        {
            if (!current.IsWholeObject)
            {
                text = PersonalDataOrigin.Combine(text, current.Single());
            }
            else if (current.IsParameter)
            {
                text = MayPrintMembers(type) ? PersonalDataOrigin.Combine(text, current.Single().AsScalar()) : text;
            }
            else if (_classifier.PrintedBy(type) is { } printed)
            {
                text = PersonalDataOrigin.Combine(text, PersonalDataOrigin.Of(current.Syntax, printed.Kind));
            }
        }

        return text;
    }

    private static bool HasWholeObject(PersonalDataOrigin origin)
    {
        for (var current = origin; current is not null; current = current.Next)
        {
            if (current.IsWholeObject)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a summarised method's parameter of <paramref name="type"/> may print members (the argument decides).</summary>
    private static bool MayPrintMembers(ITypeSymbol? type)
    {
        for (var current = type; current is not null && current.SpecialType is not SpecialType.System_ValueType; current = current.BaseType)
        {
            if (current.IsRecord || current.SpecialType == SpecialType.System_Object || PrintedMembers.OverridesToString(current))
            {
                return true;
            }
        }

        return type is ITypeParameterSymbol || type?.TypeKind == TypeKind.Interface || type?.IsAbstract == true;
    }

    private bool IsSummarisedParameter(IOperation value) =>
        _summarised is not null && value is IParameterReferenceOperation reference
        && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, _summarised);

    [MethodImpl(HotPath.Optimized)]
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
            && !IsSummarisedParameter(value) && _classifier.HeldBy(type) is { } held && !_classifier.CanCarryIdentifier(type))
        {
            return PersonalDataOrigin.WholeObject(value.Syntax, held);
        }

        return value switch
        {
            ILocalReferenceOperation local => TraceVariable(local.Local, local, depth),
            IParameterReferenceOperation parameter => TraceVariable(parameter.Parameter, parameter, depth),
            IMemberReferenceOperation member => TraceMember(member, depth),
            IInvocationOperation invocation => TraceInvocation(invocation, depth),
            IInterpolatedStringOperation interpolated => AllOf(InterpolationHoles(interpolated), depth, asText: true),
            IBinaryOperation binary => TraceBinary(binary, depth),
            IUnaryOperation unary => Trace(unary.Operand, depth + 1)?.AsScalar(),
            IConditionalOperation conditional => PersonalDataOrigin.Combine(Trace(conditional.WhenTrue, depth + 1), Trace(conditional.WhenFalse, depth + 1)),
            ICoalesceOperation coalesce => PersonalDataOrigin.Combine(Trace(coalesce.Value, depth + 1), Trace(coalesce.WhenNull, depth + 1)),
            IConditionalAccessOperation conditionalAccess => Trace(conditionalAccess.WhenNotNull, depth + 1),
            IConditionalAccessInstanceOperation instance => Trace(ConditionalAccessOf(instance)?.Operation, depth + 1),
            IInterpolatedStringHandlerCreationOperation handler => Trace(handler.Content, depth + 1),
            ITupleOperation tuple => AllOf(tuple.Elements, depth, asText: false),
            IObjectCreationOperation creation => TraceCreation(creation, depth),
            IAnonymousObjectCreationOperation anonymous => AllOf(anonymous.Initializers, depth, asText: false),
            IObjectOrCollectionInitializerOperation initializer => AllOf(initializer.Initializers, depth, asText: false),
            IMemberInitializerOperation memberInitializer => Trace(memberInitializer.Initializer, depth + 1),
            ISimpleAssignmentOperation assignment => Trace(assignment.Value, depth + 1),
            ICompoundAssignmentOperation compound => PersonalDataOrigin.Combine(Trace(compound.Target, depth + 1), Trace(compound.Value, depth + 1)),
            IArrayCreationOperation array => array.Initializer is null ? null : AllOf(array.Initializer.ElementValues, depth, asText: false),
            IArrayInitializerOperation arrayInitializer => AllOf(arrayInitializer.ElementValues, depth, asText: false),
            IArrayElementReferenceOperation element => Trace(element.ArrayReference, depth + 1)?.AsScalar(),
            IAwaitOperation awaited => Trace(awaited.Operation, depth + 1),
            ISwitchExpressionOperation switchExpression => AllOf(SwitchArmValues(switchExpression), depth, asText: false),
            IDelegateCreationOperation or IAnonymousFunctionOperation => null,

            // A collection expression or spread ([a, b], params ReadOnlySpan<string>), unknown to Roslyn 4.8's API.
            _ when value.Kind is CollectionExpressionKind or SpreadKind => AllOf(value.ChildOperations, depth, asText: false),
            _ => null,
        };
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsObjectReference(IOperation value) =>
        value is ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation
            or IInvocationOperation or IInstanceReferenceOperation or IObjectCreationOperation or IAwaitOperation
            or IArrayElementReferenceOperation;

    [MethodImpl(HotPath.Optimized)]
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

        PersonalDataOrigin? written = seen > 0 ? TraceWrites(writes, start, seen, depth) : null;

        // A write later in a loop that also holds the reference reaches it on the next pass, unless the variable is
        // declared inside that loop (a fresh variable each pass).
        for (var i = seen; i < writes.Count; i++)
        {
            if (writes[i].Loop is { } loop && loop.SyntaxTree == reference.Syntax.SyntaxTree && loop.Span.Contains(reference.Syntax.Span)
                && !DeclaredInside(variable, loop))
            {
                written = PersonalDataOrigin.Combine(written, TraceWrites(writes, i, i + 1, depth));
            }
        }

        if (written is not null)
        {
            return written;
        }

        if (_summarised is not null && variable is IParameterSymbol parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _summarised))
        {
            // Summarising a method: its parameter stands for whatever the call site passes.
            return PersonalDataOrigin.Parameter(reference.Syntax, parameter.Ordinal, wholeObject: !IsScalar(parameter.Type));
        }

        // The declaration itself: an attributed parameter, or a name that says personal data, unless the value it
        // surely holds here is clean (var email = redactor.Redact(...), var fullName = file.FullName).
        if (_classifier.Classify(variable) is { } source && (replacing is null || !IsKnownClean(replacing.Value)))
        {
            return PersonalDataOrigin.Of(reference.Syntax, source.Kind);
        }

        return null;
    }

    private static bool DeclaredInside(ISymbol variable, SyntaxNode loop)
    {
        if (variable is not ILocalSymbol)
        {
            return false;
        }

        foreach (var reference in variable.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == loop.SyntaxTree && loop.Span.Contains(reference.Span))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsScalar(ITypeSymbol type) => type.SpecialType != SpecialType.None || _classifier.CanCarryIdentifier(type) || type.TypeKind == TypeKind.Enum;

    /// <summary>
    /// What the writes <paramref name="start"/>..<paramref name="seen"/> of a variable carry. Memoised: code that
    /// appends to one variable many times would otherwise be traced again for every reference.
    /// </summary>
    private PersonalDataOrigin? TraceWrites(IReadOnlyList<VariableWrite> writes, int start, int seen, int depth)
    {
        var key = (writes, start, seen);
        var tracedWrites = LazyInitializer.EnsureInitialized(ref _tracedWrites, static () => new())!;
        if (tracedWrites.TryGetValue(key, out var known))
        {
            return known;
        }

        PersonalDataOrigin? origin = null;
        for (var i = start; i < seen; i++)
        {
            origin = PersonalDataOrigin.Combine(origin, Trace(writes[i].Value, depth + 1));
        }

        tracedWrites.TryAdd(key, origin);

        return origin;
    }

    [MethodImpl(HotPath.Optimized)]
    private PersonalDataOrigin? TraceMember(IMemberReferenceOperation member, int depth)
    {
        var symbol = member.Member;
        if (_classifier.IsDeclaredNotPersonal(symbol) || _classifier.IsKnownNotPersonal(symbol))
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

        // A computed property of this compilation (Display => First + " " + Last) returns what its getter's summary says.
        if (member is IPropertyReferenceOperation { Property: { IsIndexer: false, GetMethod: { } getter } }
            && _summaries.Get(getter) is { } getterSummary)
        {
            PersonalDataOrigin? returned = null;
            foreach (var kind in getterSummary.OwnKinds)
            {
                returned = PersonalDataOrigin.Combine(returned, PersonalDataOrigin.Of(member.Syntax, kind));
            }

            return PersonalDataOrigin.Combine(returned, ScalarsOf(Trace(member.Instance, depth + 1)));
        }

        // A member of a personal value (dateOfBirth.Year, email.Trim) is still personal; a plain member of an object
        // that holds personal data elsewhere (customer.Id) is not.
        return ScalarsOf(Trace(member.Instance, depth + 1));
    }

    [MethodImpl(HotPath.Optimized)]
    private PersonalDataOrigin? TraceInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (IsSanitizer(method, invocation.Instance) || FactMembers.Contains(method.Name) || method.ReturnsVoid
            || _classifier.IsDeclaredNotPersonal(method) || _classifier.IsKnownNotPersonal(method))
        {
            return null;
        }

        if (_classifier.Classify(method) is { } source)
        {
            return PersonalDataOrigin.Of(invocation.Syntax, source.Kind);
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return TraceDelegateInvocation(invocation, depth);
        }

        // An object's ToString() is what its string form prints (a record's, an override's, or only its type name).
        var printsInstance = method.Name == "ToString" && method.Parameters.IsEmpty && invocation.Instance is not null;
        var printed = printsInstance ? ScalarsOf(TraceAsText(invocation.Instance, depth + 1)) : null;

        // A method of this compilation says itself what its result carries: its summary, computed once.
        if (_summaries.Get(method) is { } summary)
        {
            return PersonalDataOrigin.Combine(printed, ApplySummary(invocation, summary, depth));
        }

        if (printsInstance)
        {
            return printed;
        }

        var receiver = invocation.Instance
            ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (receiver is not null)
        {
            var fromReceiver = method.Name == "ToString" ? TraceAsText(receiver, depth + 1) : Trace(receiver, depth + 1);
            if (ScalarsOf(fromReceiver) is { } scalar)
            {
                return scalar;
            }
        }

        if (!ReturnsText(method.ReturnType))
        {
            return null;
        }

        // Text a library builds from arguments (string.Format, string.Join) carries them; an object turns into text
        // only through its ToString, unless the method serialises it.
        var serialises = IsSerializer(method);
        PersonalDataOrigin? all = null;
        foreach (var argument in invocation.Arguments)
        {
            if (ReferenceEquals(argument.Value, receiver) || argument.Parameter?.RefKind is RefKind.Out)
            {
                continue;
            }

            var origin = serialises ? Trace(argument.Value, depth + 1) : TraceAsText(argument.Value, depth + 1);
            all = PersonalDataOrigin.Combine(all, origin?.AsScalar());
        }

        return all;
    }

    /// <summary>A method that serialises its arguments member by member (<c>Serialize*</c>, <c>ToJson*</c>), by name.</summary>
    internal static bool IsSerializer(IMethodSymbol method) =>
        method.Name.StartsWith("Serialize", StringComparison.Ordinal) || method.Name.StartsWith("ToJson", StringComparison.Ordinal);

    /// <summary>The sources of <paramref name="origin"/> that are not whole objects, or <see langword="null"/>.</summary>
    private static PersonalDataOrigin? ScalarsOf(PersonalDataOrigin? origin)
    {
        PersonalDataOrigin? scalars = null;
        for (var current = origin; current is not null; current = current.Next)
        {
            if (!current.IsWholeObject)
            {
                scalars = PersonalDataOrigin.Combine(scalars, current.Single());
            }
        }

        return scalars;
    }

    /// <summary>What a summarised call returns: its own sources (named by the call) and what its arguments carry into it.</summary>
    private PersonalDataOrigin? ApplySummary(IInvocationOperation invocation, MethodSummary summary, int depth)
    {
        PersonalDataOrigin? all = null;
        foreach (var kind in summary.OwnKinds)
        {
            all = PersonalDataOrigin.Combine(all, PersonalDataOrigin.Of(invocation.Syntax, kind));
        }

        foreach (var flow in summary.Parameters)
        {
            var value = ArgumentFor(invocation, flow.Ordinal);
            if (value is null)
            {
                continue;
            }

            var origin = flow.WholeObject ? Trace(value, depth + 1) : TraceAsText(value, depth + 1)?.AsScalar();
            all = PersonalDataOrigin.Combine(all, origin);
        }

        return all;
    }

    private static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
    {
        var method = invocation.TargetMethod;
        if (method.ReducedFrom is not null)
        {
            // A reduced extension call: the receiver is the reduced-away first parameter.
            if (ordinal == 0)
            {
                return invocation.Instance;
            }

            ordinal--;
        }

        return ConstructionSummaries.ArgumentFor(invocation.Arguments, ordinal);
    }

    /// <summary>
    /// <c>getter()</c> on a local holding a lambda or a local function: what the lambda returns, traced here (its
    /// parameters by name, its captured variables through their writes). Other delegates are unknown: clean.
    /// </summary>
    private PersonalDataOrigin? TraceDelegateInvocation(IInvocationOperation invocation, int depth)
    {
        if (invocation.Instance is not ILocalReferenceOperation { Local: { } local })
        {
            return null;
        }

        PersonalDataOrigin? all = null;
        foreach (var write in Writes.WritesTo(local))
        {
            var body = Unwrap(write.Value) switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Body,
                IAnonymousFunctionOperation lambda => lambda.Body,
                _ => null,
            };
            if (body is null)
            {
                continue;
            }

            foreach (var returned in ReturnedValues(body))
            {
                all = PersonalDataOrigin.Combine(all, Trace(returned, depth + 1));
            }
        }

        return all;
    }

    /// <summary>The values <paramref name="body"/> returns, not counting those of the functions nested in it.</summary>
    internal static IEnumerable<IOperation> ReturnedValues(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IReturnOperation { ReturnedValue: { } returned })
            {
                yield return returned;
                continue;
            }

            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
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
        var right = asText ? TraceAsText(binary.RightOperand, depth + 1) : Trace(binary.RightOperand, depth + 1);
        return PersonalDataOrigin.Combine(left, right)?.AsScalar();
    }

    /// <summary>
    /// What a new object carries from its arguments and initialiser: with a constructor summary, what its string form
    /// prints as text and what public members keep as the whole object; without one, every argument (fail closed).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private PersonalDataOrigin? TraceCreation(IObjectCreationOperation creation, int depth)
    {
        if (creation.Constructor is not { } constructor || _summaries.Constructions.Get(constructor) is not { } summary)
        {
            return TraceCreation(creation.Arguments, creation.Initializer, depth);
        }

        PersonalDataOrigin? all = null;
        foreach (var kind in summary.PrintedKinds)
        {
            all = PersonalDataOrigin.Combine(all, PersonalDataOrigin.Of(creation.Syntax, kind));
        }

        foreach (var (member, kind) in summary.HeldKinds)
        {
            all = PersonalDataOrigin.Combine(all, PersonalDataOrigin.WholeObject(creation.Syntax, new HeldPersonalData(creation.Type?.Name + "." + member, kind)));
        }

        foreach (var ordinal in summary.PrintedParameters)
        {
            all = PersonalDataOrigin.Combine(all, TraceAsText(ConstructionSummaries.ArgumentFor(creation.Arguments, ordinal), depth + 1)?.AsScalar());
        }

        foreach (var (ordinal, member) in summary.HeldParameters)
        {
            all = PersonalDataOrigin.Combine(all, HeldWhole(creation, member, Trace(ConstructionSummaries.ArgumentFor(creation.Arguments, ordinal), depth + 1)));
        }

        foreach (var element in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            // { Member = value }: printed as text if the string form reads it, else kept whole in a public member.
            if (element is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } target } assignment)
            {
                all = summary.Prints(target.Member)
                    ? PersonalDataOrigin.Combine(all, TraceAsText(assignment.Value, depth + 1)?.AsScalar())
                    : target.Member.DeclaredAccessibility == Accessibility.Public
                        ? PersonalDataOrigin.Combine(all, HeldWhole(creation, target.Member.Name, Trace(assignment.Value, depth + 1)))
                        : all;
            }
            else
            {
                all = PersonalDataOrigin.Combine(all, Trace(element, depth + 1)?.AsScalar());
            }
        }

        return all;
    }

    /// <summary>The new object as a whole, holding in <paramref name="member"/> the first non-parameter source of <paramref name="stored"/>.</summary>
    private static PersonalDataOrigin? HeldWhole(IObjectCreationOperation creation, string member, PersonalDataOrigin? stored)
    {
        for (var current = stored; current is not null; current = current.Next)
        {
            if (!current.IsParameter)
            {
                return PersonalDataOrigin.WholeObject(creation.Syntax, new HeldPersonalData(creation.Type?.Name + "." + member, current.Kind));
            }
        }

        return null;
    }

    [MethodImpl(HotPath.Optimized)]
    private PersonalDataOrigin? TraceCreation(ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, int depth)
    {
        PersonalDataOrigin? all = null;
        foreach (var argument in arguments)
        {
            all = PersonalDataOrigin.Combine(all, Trace(argument.Value, depth + 1));
        }

        return PersonalDataOrigin.Combine(all, initializer is null ? null : Trace(initializer, depth + 1))?.AsScalar();
    }

    [MethodImpl(HotPath.Optimized)]
    private PersonalDataOrigin? AllOf(IEnumerable<IOperation> values, int depth, bool asText)
    {
        PersonalDataOrigin? all = null;
        foreach (var value in values)
        {
            var origin = asText ? TraceAsText(value, depth + 1) : Trace(Unwrap(value) is IInvocationOperation { TargetMethod.Name: "Add" } add ? AddArgument(add) : value, depth + 1);
            all = PersonalDataOrigin.Combine(all, origin?.AsScalar());
        }

        return all;
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
