namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Where a value goes: the verb phrase PK1004's message uses.</summary>
internal enum SinkKind
{
    Log,
    Vendor,
    Exception,
    Telemetry,
}
