using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>A call that sends values somewhere personal data must not go unredacted, and the values it sends.</summary>
internal sealed class SinkCall(SinkKind kind, string name, string destination, IReadOnlyList<IOperation> values)
{
    public SinkKind Kind { get; } = kind;

    /// <summary>The method, delegate or type named in messages: <c>LogInformation</c>, <c>Console.WriteLine</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Where the values go, for messages: <c>a vendor</c>, <c>vendor 'Acme CRM'</c>, <c>a log</c>.</summary>
    public string Destination { get; } = destination;

    /// <summary>The values sent, parameter arrays expanded.</summary>
    public IReadOnlyList<IOperation> Values { get; } = values;

    /// <summary>The values of <paramref name="arguments"/> that <paramref name="include"/> accepts, parameter arrays expanded.</summary>
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
