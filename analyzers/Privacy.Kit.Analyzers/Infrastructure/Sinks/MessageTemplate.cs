using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// Message templates (Serilog, NLog, and Microsoft's logger with Serilog or NLog behind it): a hole written
/// <c>{@Customer}</c> writes its value member by member (destructured); <c>{Customer}</c> writes its ToString.
/// </summary>
internal static class MessageTemplate
{
    /// <summary>
    /// The values of <paramref name="invocation"/> that a constant template destructures: the property values after
    /// the template argument, matched to its holes in order. <see langword="null"/> when none is (no <c>@</c>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static List<IOperation>? DestructuredValues(IInvocationOperation invocation, string templateParameter, Func<IArgumentOperation, bool> include)
    {
        IArgumentOperation? template = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == templateParameter)
            {
                template = argument;
                break;
            }
        }

        if (template is null || template.Value.ConstantValue is not { HasValue: true, Value: string text } || text.IndexOf('@') < 0)
        {
            return null;
        }

        var ordinal = template.Parameter!.Ordinal;
        var values = SinkCall.ValuesOf(invocation.Arguments, a => include(a) && a.Parameter?.Ordinal > ordinal);
        List<IOperation>? destructured = null;
        var hole = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                // An escaped brace.
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '@' && hole < values.Count)
            {
                (destructured ??= []).Add(values[hole]);
            }

            hole++;
        }

        return destructured;
    }
}
