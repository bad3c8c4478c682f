namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>A parameter that reaches a method's return value: whole (returned as it is) or turned into text or a part of it.</summary>
internal readonly struct ParameterFlow(int ordinal, bool wholeObject)
{
    public int Ordinal { get; } = ordinal;

    /// <summary>True when the object itself is returned; false when its text or a scalar from it is.</summary>
    public bool WholeObject { get; } = wholeObject;
}
