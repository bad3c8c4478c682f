using System.Reflection;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Serilog;

/// <summary>A readable public property of a destructured type, with the redactor its classification (or name) asks for.</summary>
internal sealed class ClassifiedMember(PropertyInfo property, Redactor? redactor)
{
    public string Name { get; } = property.Name;

    /// <summary>The redactor; <see langword="null"/> for a member that is not personal data (destructured as Serilog would).</summary>
    public Redactor? Redactor { get; } = redactor;

    public object? Read(object owner)
    {
        try
        {
            return property.GetValue(owner);
        }
        catch (TargetInvocationException e)
        {
            // As Serilog's own destructuring does: a throwing getter becomes a note, not a failed event.
            return $"The property accessor threw an exception: {e.InnerException?.GetType().Name}";
        }
    }
}
