using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>A call that sends values somewhere personal data must not go unredacted, and the values it sends.</summary>
/// <param name="kind">Where the values go.</param>
/// <param name="name">The method, delegate or type named in messages.</param>
/// <param name="destination">Where the values go, for messages.</param>
/// <param name="values">The values sent.</param>
/// <param name="serializes">Whether an object is sent member by member (a vendor payload, a thrown exception) rather than as its ToString.</param>
/// <param name="destructured">Values written member by member although the sink prints the others (Serilog's <c>{@x}</c>).</param>
internal sealed class SinkCall(SinkKind kind, string name, string destination, IReadOnlyList<IOperation> values, bool serializes, IReadOnlyList<IOperation>? destructured = null)
{
    public SinkKind Kind { get; } = kind;

    /// <summary>Whether objects are written member by member; otherwise they are written as their ToString.</summary>
    public bool Serializes { get; } = serializes;

    /// <summary>Whether <paramref name="value"/> is written member by member.</summary>
    public bool WritesMembersOf(IOperation value)
    {
        if (Serializes)
        {
            return true;
        }

        if (destructured is not null)
        {
            foreach (var item in destructured)
            {
                if (ReferenceEquals(item, value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The method, delegate or type named in messages: <c>LogInformation</c>, <c>Console.WriteLine</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Where the values go, for messages: <c>a vendor</c>, <c>vendor 'Acme CRM'</c>, <c>a log</c>.</summary>
    public string Destination { get; } = destination;

    /// <summary>The values sent, parameter arrays expanded.</summary>
    public IReadOnlyList<IOperation> Values { get; } = values;

    /// <summary>The values of <paramref name="arguments"/> that <paramref name="include"/> accepts, parameter arrays expanded.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static List<IOperation> ValuesOf(IEnumerable<IArgumentOperation> arguments, Func<IArgumentOperation, bool> include)
    {
        var values = new List<IOperation>();
        foreach (var argument in arguments)
        {
            if (!include(argument) || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.ArgumentKind != ArgumentKind.Explicit)
            {
                // params object[] (or a params collection): each element is a value of its own.
                var collection = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
                var elements = collection is IArrayCreationOperation { Initializer: { } initializer }
                    ? initializer.ElementValues
                    : collection.ChildOperations.ToList() as IEnumerable<IOperation>;
                values.AddRange(elements);
            }
            else
            {
                values.Add(argument.Value);
            }
        }

        return values;
    }
}
